namespace Gamification.Domain.Awards;

/// <summary>An event an app reports: <paramref name="ActorUserId"/> did <paramref name="Action"/>.</summary>
/// <param name="RecipientUserId">Who earns: the actor, or the target's creator for creator actions.</param>
/// <param name="Target">The entity acted on (a liked character), if any.</param>
/// <param name="Amount">A caller-chosen amount, allowed only where the action has a custom range.</param>
/// <param name="IdempotencyKey">Names the event; a key seen before awards nothing again.</param>
public sealed record AwardRequest(
    string Action,
    string ActorUserId,
    string RecipientUserId,
    string IdempotencyKey,
    EntityRef? Target = null,
    int? Amount = null);
