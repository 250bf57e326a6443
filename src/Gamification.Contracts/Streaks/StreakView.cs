namespace Gamification.Contracts.Streaks;

/// <summary>A user's standing in one streak as of now: 0 once a period was missed that the freezes held cannot cover.</summary>
/// <param name="Period"><c>day</c> or <c>week</c>.</param>
/// <param name="LastPeriod">The first day of the newest period that counted.</param>
/// <param name="CountedThisPeriod">Whether the current period already counts; when false and the streak is alive, today's event keeps it.</param>
/// <param name="FreezesNeeded">Freezes the next counted event uses up for the periods missed until now.</param>
/// <param name="NextMilestone">The next rewarded length, if any.</param>
[GenerateSerializer, Immutable, Alias("gamification.streak-view")]
public sealed record StreakView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Period,
    [property: Id(3)] int Current,
    [property: Id(4)] int Longest,
    [property: Id(5)] int Freezes,
    [property: Id(6)] int MaxFreezes,
    [property: Id(7)] DateOnly? LastPeriod,
    [property: Id(8)] bool CountedThisPeriod,
    [property: Id(9)] int FreezesNeeded,
    [property: Id(10)] int? NextMilestone);
