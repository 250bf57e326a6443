namespace Gamification.Domain.Rules;

/// <summary>
/// A reward for counts of messages a user posts in one module or conversation: every N messages
/// (seed 000: +10 per 50 user messages in a conversation) or once at N (seed 004: module expert at 250).
/// </summary>
/// <param name="Every">Fires at every multiple of this count.</param>
/// <param name="At">Fires once, when the count reaches this number.</param>
/// <param name="Action">The action awarded when it fires (its XP, limits and caps apply).</param>
/// <param name="Badge">The badge granted when it fires, scoped to the module.</param>
public sealed record Milestone(string Id, int? Every, int? At, string? Action, string? Badge)
{
    public bool FiresAt(int count) =>
        (Every is { } every && count % every == 0) || (At is { } at && count == at);
}
