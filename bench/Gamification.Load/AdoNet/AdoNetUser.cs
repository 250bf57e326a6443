namespace Gamification.Load.AdoNet;

/// <summary>
/// What the <c>orleans-adonet</c> grain stores per user: the plain-SQL design's row (XP, level, today's counters) and
/// the last few idempotency keys, as the service's user state keeps them.
/// </summary>
[GenerateSerializer]
public sealed class AdoNetUser
{
    [Id(0)]
    public long Exp { get; set; }

    [Id(1)]
    public int Level { get; set; } = 1;

    /// <summary>The UTC day (<see cref="DateOnly.DayNumber"/>) the daily counters count.</summary>
    [Id(2)]
    public int Day { get; set; }

    [Id(3)]
    public int DailyExp { get; set; }

    [Id(4)]
    public int DailyPosts { get; set; }

    [Id(5)]
    public List<string> RecentKeys { get; set; } = [];
}
