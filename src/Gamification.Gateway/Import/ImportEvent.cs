using System.Text.Json.Serialization;
using Gamification.Contracts;
using Gamification.Gateway.Json;

namespace Gamification.Gateway.Import;

/// <summary>One historical event of an import batch: <c>POST /api/exp/gain</c>'s fields plus when it happened.</summary>
/// <param name="OccurredAt">When the event happened; its UTC day's limits and caps count it. Not in the future.</param>
/// <param name="IdempotencyKey">Required: a rerun of the same import must not award twice.</param>
public sealed record ImportEvent(
    [property: JsonConverter(typeof(IdConverter))] string? UserId,
    string? Action,
    string? TargetType,
    [property: JsonConverter(typeof(IdConverter))] string? TargetId,
    int? Amount,
    DateTimeOffset? OccurredAt,
    string? IdempotencyKey)
{
    /// <summary>What is wrong with the event as sent (field and message), or null.</summary>
    public (string Field, string Message)? Problem(DateTimeOffset now)
    {
        if (!Ids.IsValid(UserId))
            return ("user_id", $"user_id {Ids.Rule}");
        if (!Ids.IsValid(Action))
            return ("action", $"action {Ids.Rule}");
        if ((TargetType is null) != (TargetId is null) || (TargetType is not null && (!Ids.IsValid(TargetType) || !Ids.IsValid(TargetId))))
            return ("target_id", $"target_type and target_id go together and {Ids.Rule}");
        if (Amount is < 1 or > Requests.GainRequest.MaxAmount)
            return ("amount", $"amount must be between 1 and {Requests.GainRequest.MaxAmount}");
        if (OccurredAt is null)
            return ("occurred_at", "occurred_at is required");
        if (OccurredAt > now)
            return ("occurred_at", "occurred_at must not be in the future");
        if (!Ids.IsValid(IdempotencyKey))
            return ("idempotency_key", $"idempotency_key is required and {Ids.Rule}");
        return null;
    }
}
