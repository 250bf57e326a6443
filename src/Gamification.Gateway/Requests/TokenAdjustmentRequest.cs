using System.ComponentModel.DataAnnotations;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>Seed 003's <c>POST /api/admin/user/dgt</c>: an admin changes a user's tokens, with a reason kept in the ledger.</summary>
public sealed record TokenAdjustmentRequest([property: Required] long? Delta, [property: Required] string? Reason, string? IdempotencyKey) : IValidatedRequest
{
    void IValidatedRequest.Validate(RequestErrors errors)
    {
        errors.Required(Delta, "delta");
        errors.Range(Delta, "delta", -TransferRequest.MaxAmount, TransferRequest.MaxAmount);
        if (Delta == 0)
            errors.Add("delta", "delta must not be 0");
        errors.Text(Reason, "reason", 500);
        errors.Id(IdempotencyKey, "idempotency_key", required: false);
    }
}
