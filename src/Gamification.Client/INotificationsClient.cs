using Gamification.Contracts.Notifications;

namespace Gamification.Client;

/// <summary>A user's events (level-ups, badges, grades) as a feed; the same events go to the app's webhooks.</summary>
public interface INotificationsClient
{
    /// <summary>The user's events, newest first, before feed position <paramref name="before"/>.</summary>
    Task<UserEventPage> GetEventsAsync(string app, string userId, long? before = null, int limit = 50, CancellationToken cancellationToken = default);
}
