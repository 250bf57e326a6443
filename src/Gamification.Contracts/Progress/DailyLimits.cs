namespace Gamification.Contracts.Progress;

/// <summary>Seed 001's <c>GET /api/exp/limits</c> body: today's usage against the limits and cap.</summary>
[GenerateSerializer, Alias("gamification.daily-limits")]
public sealed record DailyLimits(
    [property: Id(0)] int Level,
    [property: Id(1)] int DailyExpGained,
    [property: Id(2)] int? DailyExpCap,
    [property: Id(3)] int? RemainingExp,
    [property: Id(4)] IReadOnlyDictionary<string, int> DailyActionCounts,
    [property: Id(5)] IReadOnlyDictionary<string, int?> ActionLimits,
    [property: Id(6)] IReadOnlyDictionary<string, int> ExpRewards);
