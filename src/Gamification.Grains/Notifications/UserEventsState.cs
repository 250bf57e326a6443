namespace Gamification.Grains.Notifications;

/// <summary>A user's outbox; the feed itself is the grain's journal.</summary>
public sealed class UserEventsState
{
    /// <summary>Events in the feed so far (journal rows run 1..Count).</summary>
    public long Count { get; set; }

    public List<PendingDelivery> Pending { get; set; } = [];

    /// <summary>The newest recorded event ids, so a re-derived event is skipped without a query (the journal's unique key is the backstop).</summary>
    public List<string> RecentIds { get; set; } = [];

    /// <summary>Whether the retry reminder is registered; it is removed once the outbox is empty.</summary>
    public bool RetryScheduled { get; set; }
}
