using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary><c>POST /admin/users/{user_id}/freezes</c>: an admin grants freezes for one streak.</summary>
public sealed record FreezeGrantRequest(string? StreakId, int? Count, string? IdempotencyKey) : IValidatedRequest
{
    public const int MaxCount = 100;

    void IValidatedRequest.Validate(RequestErrors errors)
    {
        errors.Id(StreakId, "streak_id");
        errors.Required(Count, "count");
        errors.Range(Count, "count", 1, MaxCount);
        errors.Id(IdempotencyKey, "idempotency_key", required: false);
    }
}
