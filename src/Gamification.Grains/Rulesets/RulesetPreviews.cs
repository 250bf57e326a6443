using Gamification.Contracts.Awards;
using Gamification.Contracts.Rulesets;
using Gamification.Domain.Awards;
using Gamification.Domain.Progress;
using Gamification.Domain.Replays;
using Gamification.Domain.Rules;
using Gamification.Grains.Mapping;

namespace Gamification.Grains.Rulesets;

/// <summary>
/// A dry run of a ruleset edit: the user's recent action entries replayed under both rulesets, from
/// the XP balance before the first of them, on the user's current primary path (daily counters and cooldowns start empty).
/// </summary>
internal static class RulesetPreviews
{
    private static readonly string ActionKind = Codes.Of(LedgerKind.Action);

    public static RulesetPreview Refused(string userId, int current, int proposed, IReadOnlyList<RulesetFieldError> errors) =>
        new(userId, current, proposed, errors, [], 0, 0, 0, 0, 0);

    /// <param name="history">The user's recent ledger, oldest first.</param>
    public static RulesetPreview Replay(string userId, string? primaryPath, Ruleset current, Ruleset proposed, IReadOnlyList<LedgerLine> history)
    {
        var start = new UserProgress { Xp = history.Count == 0 ? 0 : history[0].BalanceAfter - history[0].Granted, PrimaryPath = primaryPath };
        var actions = history.Where(l => l.Kind == ActionKind).ToList();
        var (now, nowEnd) = HistoryReplay.Run(start, current, actions.Select(l => Event(l, userId, current)));
        var (then, thenEnd) = HistoryReplay.Run(start, proposed, actions.Select(l => Event(l, userId, proposed)));
        var events = actions.Select((line, i) => new ReplayedEvent(
            line.Key, line.Subject, line.At, Earned(now[i]), Earned(then[i]), Refusal(now[i]), Refusal(then[i]))).ToList();
        return new RulesetPreview(userId, current.Version, proposed.Version, [], events, events.Count(e => e.Changed),
            nowEnd.Xp, thenEnd.Xp, current.Levels.LevelFor(nowEnd.Xp), proposed.Levels.LevelFor(thenEnd.Xp));
    }

    private static ReplayedAward Event(LedgerLine line, string userId, Ruleset rules)
    {
        // The requested amount was the caller's only where the action takes a custom amount.
        var custom = rules.Actions.TryGetValue(line.Subject, out var action) && action.CustomAmount is not null;
        var target = line.Target is { } t ? new EntityRef(t.Type, t.Id) : null;
        return new ReplayedAward(new AwardRequest(line.Subject, line.ActorUserId ?? userId, userId, line.Key, target, custom ? line.Requested : null), line.At);
    }

    private static int Earned(AwardOutcome outcome) => outcome.IsGranted ? outcome.XpAdded : 0;

    private static string? Refusal(AwardOutcome outcome) => outcome.Rejection is { } r ? Codes.Of(r.Reason) : null;
}
