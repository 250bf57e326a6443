using System.Collections.Frozen;
using Gamification.Domain.Tokens;

namespace Gamification.Domain.Rules;

/// <summary>
/// Everything an app's XP system decides by: its action catalog, level curve, caps, grades, badges,
/// rewards. Data, not code: one preset per seed app lives in <c>silo-config/rulesets/</c>.
/// </summary>
public sealed record Ruleset
{
    public required string Id { get; init; }

    /// <summary>Raised on every edit; each ledger entry records the version it was decided under.</summary>
    public required int Version { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required FrozenDictionary<string, ActionRule> Actions { get; init; }

    public required LevelCurve Levels { get; init; }

    public IReadOnlyList<DailyCap> DailyCaps { get; init; } = [];

    public DailyReward? DailyReward { get; init; }

    public MessageRules Messages { get; init; } = MessageRules.None;

    /// <summary>Ordered by <see cref="GradeRule.MinXp"/> descending, so the first admitted match is the highest.</summary>
    public IReadOnlyList<GradeRule> Grades { get; init; } = [];

    public FrozenDictionary<string, BadgeRule> Badges { get; init; } = FrozenDictionary<string, BadgeRule>.Empty;

    public WatchRule? Watch { get; init; }

    /// <summary>The app's token economy (wallet, level-up rewards, shop), or null when it has none.</summary>
    public TokenRules? Tokens { get; init; }

    /// <summary>Specialization paths by id (seed 003); empty for apps without them.</summary>
    public FrozenDictionary<string, PathRule> Paths { get; init; } = FrozenDictionary<string, PathRule>.Empty;

    /// <summary>Streaks by id; empty for apps without them.</summary>
    public FrozenDictionary<string, StreakRule> Streaks { get; init; } = FrozenDictionary<string, StreakRule>.Empty;

    /// <summary>How boosts combine and round, and the app-wide boosts scheduled.</summary>
    public BoostRules Boosts { get; init; } = BoostRules.Default;

    /// <summary>The XP <paramref name="action"/> is worth for a user whose primary path is <paramref name="primaryPath"/>.</summary>
    public int XpFor(ActionRule action, string? primaryPath) =>
        primaryPath is not null && Paths.TryGetValue(primaryPath, out var path) ? path.Apply(action.Name, action.Xp) : action.Xp;

    /// <summary>The daily XP cap at <paramref name="level"/>, or null when none applies.</summary>
    public int? DailyCapFor(int level)
    {
        foreach (var cap in DailyCaps)
        {
            if (cap.Covers(level))
                return cap.Xp;
        }
        return null;
    }

    /// <summary>The highest grade a user of <paramref name="userType"/> holds at <paramref name="xp"/>.</summary>
    public GradeRule? GradeFor(long xp, UserType userType)
    {
        foreach (var grade in Grades)
        {
            if (grade.MinXp <= xp && grade.Admits(userType))
                return grade;
        }
        return null;
    }
}
