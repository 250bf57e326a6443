using Gamification.Contracts.Progress;

namespace Gamification.Contracts.Awards;

/// <summary>
/// The answer to an event. Its members, in snake_case, are seed 001's success body
/// (<c>awarded_to</c>, <c>exp_added</c>, <c>total_exp</c>, ... <c>progress</c>), plus the grade,
/// the badges earned and the ledger entries that explain the award.
/// </summary>
public sealed record AwardResult
{
    public required string AwardedTo { get; init; }
    public required string Action { get; init; }
    public required AwardStatus Status { get; init; }
    public bool Success => Status != AwardStatus.Rejected;
    public Refusal? Refusal { get; init; }
    public int ExpAdded { get; init; }
    public long TotalExp { get; init; }
    public int Level { get; init; }
    public bool LeveledUp { get; init; }
    public int DailyExpGained { get; init; }
    public int? DailyExpCap { get; init; }
    public int ActionCount { get; init; }
    public int? ActionLimit { get; init; }
    public required LevelProgressView Progress { get; init; }
    public GradeView? Grade { get; init; }
    public bool GradeChanged { get; init; }
    public IReadOnlyList<string> BadgesEarned { get; init; } = [];
    public IReadOnlyList<LedgerLine> Ledger { get; init; } = [];
    public required string IdempotencyKey { get; init; }
}
