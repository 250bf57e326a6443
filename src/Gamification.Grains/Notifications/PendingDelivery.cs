namespace Gamification.Grains.Notifications;

/// <summary>One event still owed to one webhook: the outbox row, kept in the events grain's state until delivered.</summary>
public sealed class PendingDelivery
{
    public string EventId { get; set; } = "";

    public string Webhook { get; set; } = "";

    /// <summary>The event as sent: the same bytes on every attempt.</summary>
    public string Body { get; set; } = "";

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }
}
