using System.Text.Json.Serialization;
using Gamification.Domain.Boosts;
using Gamification.Domain.Rules;
using Gamification.Domain.Streaks;

namespace Gamification.Domain.Progress;

/// <summary>
/// A user's progress in one app: the state a <c>UserProgressGrain</c> owns and persists as JSON.
/// Mutable, because exactly one grain turn at a time owns it; level and grade are derived from XP.
/// </summary>
public sealed class UserProgress
{
    /// <summary>How many idempotency keys are remembered in state (the ledger remembers all).</summary>
    public const int RecentAwardCapacity = 4;

    // Most users never meet a cooldown, hold a badge, choose a path or watch: these collections are
    // created by the first entry, so the states of thousands of active users do not each hold empty ones.
    private Dictionary<string, DateTimeOffset>? lastEarnedAt;
    private List<EarnedBadge>? badges;
    private Dictionary<string, long>? pathXp;
    private List<WatchSession>? watchSessions;
    private Dictionary<string, StreakProgress>? streaks;
    private List<UserBoost>? boosts;

    public long Xp { get; set; }

    public UserType UserType { get; set; }

    public DailyCounters Today { get; set; } = new();

    /// <summary>Earning events per action over the user's lifetime (count badges, lifetime limits).</summary>
    public Dictionary<string, int> ActionTotals { get; set; } = [];

    /// <summary>Last earning event per action that has a cooldown.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> LastEarnedAt
    {
        get => Created.OrEmpty(lastEarnedAt);
        set => lastEarnedAt = Created.OrNull(value);
    }

    public IReadOnlyList<EarnedBadge> Badges
    {
        get => Created.OrEmpty(badges);
        set => badges = Created.OrNull(value);
    }

    /// <summary>The specialization path whose multipliers apply and which action XP also counts for (seed 003).</summary>
    public string? PrimaryPath { get; set; }

    /// <summary>Action XP earned while each path was primary, by path id.</summary>
    public IReadOnlyDictionary<string, long> PathXp
    {
        get => Created.OrEmpty(pathXp);
        set => pathXp = Created.OrNull(value);
    }

    public List<AwardReceipt> RecentAwards { get; set; } = [];

    /// <summary>Today's watch sessions, one per stream.</summary>
    public IReadOnlyList<WatchSession> WatchSessions
    {
        get => Created.OrEmpty(watchSessions);
        set => watchSessions = Created.OrNull(value);
    }

    /// <summary>Whether a midnight reset is scheduled for this user (kept by the grain, so it registers once per streak of active days).</summary>
    public bool MidnightResetScheduled { get; set; }

    /// <summary>XP granted in the current day, week and month windows, by window key (leaderboards read it).</summary>
    public Dictionary<string, long> XpByWindow { get; set; } = [];

    /// <summary>The IANA time zone the app set for the user, in which streak periods are counted; null for UTC.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TimeZone { get; set; }

    // Null rather than empty, so that the state of a user without streaks or boosts (every user of most apps) stores neither.

    /// <summary>Standing in each streak of the ruleset the user has started, by streak id; null before the first.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, StreakProgress>? Streaks
    {
        get => streaks;
        set => streaks = Created.OrNull(value);
    }

    /// <summary>Boosts of this user's own that have not run out (as of the newest ledger entry); null when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<UserBoost>? Boosts
    {
        get => boosts;
        set => boosts = Created.OrNull(value);
    }

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

    public bool HasBadge(string badgeId, string? scope = null) => badges?.Exists(b => b.Is(badgeId, scope)) == true;

    public WatchSession? SessionFor(string streamId) => watchSessions?.Find(s => s.StreamId == streamId);

    /// <summary>Records when a cooldown action was last earned.</summary>
    public void RecordEarned(string action, DateTimeOffset at) => (lastEarnedAt ??= [])[action] = at;

    /// <summary>The user's standing in <paramref name="streakId"/>, or null before its first entry.</summary>
    public StreakProgress? StreakOf(string streakId) => streaks?.GetValueOrDefault(streakId);

    /// <summary>The user's standing in <paramref name="streakId"/>, created at its first entry.</summary>
    public StreakProgress StreakFor(string streakId)
    {
        streaks ??= new(StringComparer.Ordinal);
        if (!streaks.TryGetValue(streakId, out var streak))
            streaks[streakId] = streak = new StreakProgress();
        return streak;
    }

    public void AddBoost(UserBoost boost) => (boosts ??= []).Add(boost);

    public void RemoveBoost(string boostId)
    {
        boosts?.RemoveAll(b => b.Id == boostId);
        if (boosts is { Count: 0 })
            boosts = null;
    }

    public void AddBadge(EarnedBadge badge) => (badges ??= []).Add(badge);

    /// <summary>Adds action XP earned while <paramref name="path"/> was primary.</summary>
    public void AddPathXp(string path, long xp)
    {
        pathXp ??= [];
        pathXp[path] = pathXp.GetValueOrDefault(path) + xp;
    }

    /// <summary>Replaces the session of the same stream, or adds the first one.</summary>
    public void PutSession(WatchSession session)
    {
        watchSessions ??= [];
        var previous = watchSessions.FindIndex(s => s.StreamId == session.StreamId);
        if (previous >= 0)
            watchSessions[previous] = session;
        else
            watchSessions.Add(session);
    }

    /// <summary>Drops the counters and watch sessions of past days (the midnight reminder's work).</summary>
    /// <returns>Whether anything was dropped.</returns>
    public bool ResetDaily(DateOnly today)
    {
        if (Today.Day == today)
            return false;
        Today = DailyCounters.Empty(today);
        watchSessions = null;
        return true;
    }
}
