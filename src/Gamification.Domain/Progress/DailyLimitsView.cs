using Gamification.Domain.Rules;

namespace Gamification.Domain.Progress;

/// <summary>Seed 001's <c>GET /api/exp/limits</c>: today's usage against the user's limits and cap.</summary>
public sealed record DailyLimitsView(
    int Level,
    int DailyXpGained,
    int? DailyXpCap,
    int? RemainingXp,
    IReadOnlyDictionary<string, int> DailyActionCounts,
    IReadOnlyDictionary<string, int?> ActionLimits,
    IReadOnlyDictionary<string, int> XpRewards)
{
    public static DailyLimitsView For(UserProgress state, Ruleset rules, DateTimeOffset now)
    {
        var today = state.CountersFor(UtcDay.Of(now));
        var level = rules.Levels.LevelFor(state.Xp);
        var cap = rules.DailyCapFor(level);
        var enabled = rules.Actions.Values.Where(a => a.Enabled).ToList();
        return new DailyLimitsView(
            level,
            today.XpGained,
            cap,
            cap is { } c ? Math.Max(0, c - today.XpGained) : null,
            new Dictionary<string, int>(today.ActionCounts),
            enabled.ToDictionary(a => a.Name, a => a.DailyLimit),
            enabled.ToDictionary(a => a.Name, a => a.Xp));
    }
}
