using Gamification.Contracts.Progress;

namespace Gamification.Contracts.Awards;

/// <summary>
/// The answer to an event. Its members, in snake_case, are seed 001's success body
/// (<c>awarded_to</c>, <c>exp_added</c>, <c>total_exp</c>, ... <c>progress</c>), plus the grade,
/// the badges earned and the ledger entries that explain the award.
/// </summary>
[GenerateSerializer, Alias("gamification.award-result")]
public sealed record AwardResult
{
    [Id(0)] public required string AwardedTo { get; init; }
    [Id(1)] public required string Action { get; init; }
    [Id(2)] public required AwardStatus Status { get; init; }
    /// <summary>Granted or a duplicate; computed from <see cref="Status"/>, so not serialized.</summary>
    public bool Success => Status != AwardStatus.Rejected;
    [Id(3)] public Refusal? Refusal { get; init; }
    [Id(4)] public int ExpAdded { get; init; }
    [Id(5)] public long TotalExp { get; init; }
    [Id(6)] public int Level { get; init; }
    [Id(7)] public bool LeveledUp { get; init; }
    [Id(8)] public int DailyExpGained { get; init; }
    [Id(9)] public int? DailyExpCap { get; init; }
    [Id(10)] public int ActionCount { get; init; }
    [Id(11)] public int? ActionLimit { get; init; }
    [Id(12)] public required LevelProgressView Progress { get; init; }
    [Id(13)] public GradeView? Grade { get; init; }
    [Id(14)] public bool GradeChanged { get; init; }
    [Id(15)] public IReadOnlyList<string> BadgesEarned { get; init; } = [];
    [Id(16)] public IReadOnlyList<LedgerLine> Ledger { get; init; } = [];
    [Id(17)] public required string IdempotencyKey { get; init; }
}
