namespace Gamification.Contracts.Progress;

/// <summary>Seed 001's <c>GET /api/exp/limits</c> body: today's usage against the limits and cap.</summary>
public sealed record DailyLimits(
    int Level,
    int DailyExpGained,
    int? DailyExpCap,
    int? RemainingExp,
    IReadOnlyDictionary<string, int> DailyActionCounts,
    IReadOnlyDictionary<string, int?> ActionLimits,
    IReadOnlyDictionary<string, int> ExpRewards);
