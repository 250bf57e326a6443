namespace Gamification.Grains.Midnight;

/// <summary>
/// A user's midnight turnover asked for directly: what the midnight reminder does, for a user whose tick
/// Orleans skipped (a reminder loaded after its due time waits for the next period, here the next midnight).
/// Silo-internal: clients never call it.
/// </summary>
[Alias("gamification.midnight-reset")]
public interface IMidnightReset : IGrainWithStringKey
{
    /// <summary>Clears the counters of the days before today and stores them cleared; nothing when they already are.</summary>
    [Alias("ResetDay")]
    Task ResetDay();
}
