using Gamification.Contracts.Awards;
using Gamification.Contracts.Invariants;
using Gamification.Domain;
using Gamification.Domain.Rules;

namespace Gamification.Invariants;

/// <summary>
/// The checks on one user, from state and ledger alone: XP equals the ledger's sum, each key once,
/// each day within its cap and each action within its daily and lifetime limits, each badge once.
/// Limits are those of the ruleset given (the current one).
/// </summary>
public static class UserInvariants
{
    private const string AdjustmentKind = "adjustment";
    private const string ActionKind = "action";
    private const string BadgeKind = "badge";

    public static IEnumerable<InvariantViolation> Check(UserRecord user, Ruleset rules)
    {
        var id = user.UserId;
        var sum = user.Ledger.Sum(e => (long)e.Granted);
        if (sum != user.State.Xp)
            yield return new(id, Invariant.XpEqualsLedger, $"state holds {user.State.Xp} XP but the ledger's {user.Ledger.Count} entries sum to {sum}");
        foreach (var key in user.Ledger.GroupBy(e => e.Key).Where(g => g.Count() > 1))
            yield return new(id, Invariant.IdempotencyKeyOnce, $"key '{key.Key}' appears {key.Count()} times in the ledger");
        foreach (var violation in Caps(user, rules))
            yield return violation;
        foreach (var violation in Limits(user, rules))
            yield return violation;
        foreach (var badge in user.Ledger.Where(e => e.Kind == BadgeKind).GroupBy(e => (e.Subject, Scope: e.Target?.Id)).Where(g => g.Count() > 1))
            yield return new(id, Invariant.BadgeOnce, $"badge '{badge.Key.Subject}'{ScopeText(badge.Key.Scope)} granted {badge.Count()} times in the ledger");
        foreach (var badge in user.State.Badges.GroupBy(b => (b.BadgeId, b.Scope)).Where(g => g.Count() > 1))
            yield return new(id, Invariant.BadgeOnce, $"badge '{badge.Key.BadgeId}'{ScopeText(badge.Key.Scope)} held {badge.Count()} times in state");
    }

    private static IEnumerable<InvariantViolation> Caps(UserRecord user, Ruleset rules)
    {
        var earnedPerDay = new Dictionary<DateOnly, long>();
        foreach (var entry in user.Ledger)
        {
            if (entry.Kind == AdjustmentKind)
                continue;
            var day = UtcDay.Of(entry.At);
            var earned = earnedPerDay.GetValueOrDefault(day) + entry.Granted;
            earnedPerDay[day] = earned;
            var levelBefore = rules.Levels.LevelFor(entry.BalanceAfter - entry.Granted);
            if (entry.Granted > 0 && rules.DailyCapFor(levelBefore) is { } cap && earned > cap)
                yield return new(user.UserId, Invariant.DailyCap, $"{day:yyyy-MM-dd}: {earned} XP earned by entry '{entry.Key}', cap at level {levelBefore} is {cap}");
        }
    }

    private static IEnumerable<InvariantViolation> Limits(UserRecord user, Ruleset rules)
    {
        var actions = user.Ledger.Where(e => e.Kind == ActionKind).ToList();
        foreach (var perDay in actions.GroupBy(e => (Day: UtcDay.Of(e.At), e.Subject)))
        {
            if (rules.Actions.TryGetValue(perDay.Key.Subject, out var rule) && rule.DailyLimit is { } limit && perDay.Count() > limit)
                yield return new(user.UserId, Invariant.DailyLimit, $"{perDay.Key.Day:yyyy-MM-dd}: {perDay.Key.Subject} earned {perDay.Count()} times, limit {limit}/day");
        }
        foreach (var ever in actions.GroupBy(e => e.Subject))
        {
            if (rules.Actions.TryGetValue(ever.Key, out var rule) && rule.LifetimeLimit is { } limit && ever.Count() > limit)
                yield return new(user.UserId, Invariant.LifetimeLimit, $"{ever.Key} earned {ever.Count()} times, lifetime limit {limit}");
        }
    }

    private static string ScopeText(string? scope) => scope is null ? "" : $" in {scope}";
}
