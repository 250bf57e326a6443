namespace Gamification.Domain.Progress;

/// <summary>What a user earned on one UTC day. Keyed by date, so a day that has passed reads as empty.</summary>
public sealed class DailyCounters
{
    public DateOnly Day { get; set; }

    /// <summary>XP that counts toward the daily cap.</summary>
    public int XpGained { get; set; }

    /// <summary>Earning events per action today (the per-action daily limits).</summary>
    public Dictionary<string, int> ActionCounts { get; set; } = [];

    public bool DailyRewardGranted { get; set; }

    public int WatchMinutes { get; set; }

    public int CountOf(string action) => ActionCounts.GetValueOrDefault(action);

    internal static DailyCounters Empty(DateOnly day) => new() { Day = day };
}
