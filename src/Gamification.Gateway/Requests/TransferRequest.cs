using System.ComponentModel.DataAnnotations;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>Seed 003's <c>POST /api/wallet/transfer</c>, with the caller's transfer id that makes a retry safe.</summary>
public sealed record TransferRequest(
    [property: Required] string? TransferId,
    string? FromUserId,
    [property: Required] string? ToUserId,
    [property: Required] long? Amount,
    string? Memo) : IValidatedRequest
{
    public const long MaxAmount = 1_000_000_000;

    void IValidatedRequest.Validate(RequestErrors errors)
    {
        errors.Id(TransferId, "transfer_id");
        errors.Id(FromUserId, "from_user_id", required: false);
        errors.Id(ToUserId, "to_user_id");
        errors.Required(Amount, "amount");
        errors.Range(Amount, "amount", 1, MaxAmount);
        errors.Text(Memo, "memo", 200, required: false);
        if (FromUserId is not null && FromUserId == ToUserId)
            errors.Add("to_user_id", "to_user_id must not be the sender");
    }
}
