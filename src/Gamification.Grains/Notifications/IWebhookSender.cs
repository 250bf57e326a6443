namespace Gamification.Grains.Notifications;

/// <summary>Posts one signed event body to one webhook; keeps HTTP out of the grain.</summary>
public interface IWebhookSender
{
    /// <summary>True when the receiver answered 2xx; false (never throws) on any failure or timeout.</summary>
    Task<bool> SendAsync(Webhook webhook, string eventId, string body, CancellationToken cancellationToken);
}
