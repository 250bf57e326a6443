using Gamification.Domain.Rules;

namespace Gamification.Domain.Progress;

/// <summary>
/// A user's progress in one app: the state a <c>UserProgressGrain</c> owns and persists as JSON.
/// Mutable, because exactly one grain turn at a time owns it; level and grade are derived from XP.
/// </summary>
public sealed class UserProgress
{
    /// <summary>How many idempotency keys are remembered in state (the ledger remembers all).</summary>
    public const int RecentAwardCapacity = 4;

    public long Xp { get; set; }

    public UserType UserType { get; set; }

    public DailyCounters Today { get; set; } = new();

    /// <summary>Earning events per action over the user's lifetime (count badges, lifetime limits).</summary>
    public Dictionary<string, int> ActionTotals { get; set; } = [];

    /// <summary>Last earning event per action that has a cooldown.</summary>
    public Dictionary<string, DateTimeOffset> LastEarnedAt { get; set; } = [];

    public List<EarnedBadge> Badges { get; set; } = [];

    /// <summary>The specialization path whose multipliers apply and which action XP also counts for (seed 003).</summary>
    public string? PrimaryPath { get; set; }

    /// <summary>Action XP earned while each path was primary, by path id.</summary>
    public Dictionary<string, long> PathXp { get; set; } = [];

    public List<AwardReceipt> RecentAwards { get; set; } = [];

    public List<WatchSession> WatchSessions { get; set; } = [];

    /// <summary>Whether a midnight reset is scheduled for this user (kept by the grain, so it registers once per streak of active days).</summary>
    public bool MidnightResetScheduled { get; set; }

    /// <summary>XP granted in the current day, week and month windows, by window key (leaderboards read it).</summary>
    public Dictionary<string, long> XpByWindow { get; set; } = [];

    /// <summary>Ledger entries written so far; the next entry's sequence number.</summary>
    public long LedgerSequence { get; set; }

    /// <summary>The counters of <paramref name="day"/>: today's, or empty once the day has turned.</summary>
    public DailyCounters CountersFor(DateOnly day) => Today.Day == day ? Today : DailyCounters.Empty(day);

    public AwardReceipt? FindReceipt(string key)
    {
        foreach (var receipt in RecentAwards)
        {
            if (receipt.Key == key)
                return receipt;
        }
        return null;
    }

    public bool HasBadge(string badgeId, string? scope = null) => Badges.Exists(b => b.Is(badgeId, scope));

    public WatchSession? SessionFor(string streamId) => WatchSessions.Find(s => s.StreamId == streamId);

    /// <summary>Drops the counters and watch sessions of past days (the midnight reminder's work).</summary>
    /// <returns>Whether anything was dropped.</returns>
    public bool ResetDaily(DateOnly today)
    {
        if (Today.Day == today)
            return false;
        Today = DailyCounters.Empty(today);
        WatchSessions.Clear();
        return true;
    }
}
