using System.ComponentModel.DataAnnotations;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>An admin's XP correction, kept in the ledger with its reason; the ruleset may refuse decreases.</summary>
public sealed record XpAdjustmentRequest([property: Required] int? Delta, [property: Required] string? Reason, string? IdempotencyKey) : IValidatedRequest
{
    public const int MaxDelta = 1_000_000;

    void IValidatedRequest.Validate(RequestErrors errors)
    {
        errors.Required(Delta, "delta");
        errors.Range(Delta, "delta", -MaxDelta, MaxDelta);
        if (Delta == 0)
            errors.Add("delta", "delta must not be 0");
        errors.Text(Reason, "reason", 500);
        errors.Id(IdempotencyKey, "idempotency_key", required: false);
    }
}
