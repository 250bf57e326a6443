using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Awards;

/// <summary>
/// The decision on one event: every field of seed 001's success response, and the ledger entries
/// that explain it. A grain applies it to state with <see cref="AwardApplication.Apply"/>.
/// </summary>
public sealed record AwardOutcome
{
    public required AwardStatus Status { get; init; }

    public Rejection? Rejection { get; init; }

    public required string Action { get; init; }

    public required string AwardedTo { get; init; }

    public required string IdempotencyKey { get; init; }

    /// <summary>XP this event added, daily reward included.</summary>
    public int XpAdded { get; init; }

    public long TotalXp { get; init; }

    public int Level { get; init; }

    public int PreviousLevel { get; init; }

    public bool LeveledUp { get; init; }

    public int DailyXpGained { get; init; }

    public int? DailyXpCap { get; init; }

    public int ActionCount { get; init; }

    public int? ActionLimit { get; init; }

    public required LevelProgress Progress { get; init; }

    public GradeRule? Grade { get; init; }

    public bool GradeChanged { get; init; }

    public IReadOnlyList<LedgerEntry> Entries { get; init; } = [];

    /// <summary>The watch session as it stands after a heartbeat.</summary>
    public WatchSession? WatchSession { get; init; }

    public required DateTimeOffset At { get; init; }

    public bool IsGranted => Status == AwardStatus.Granted;

    /// <summary>Badges this event earned.</summary>
    public IEnumerable<LedgerEntry> BadgesEarned => Entries.Where(e => e.Kind == LedgerKind.Badge);
}
