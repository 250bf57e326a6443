using Gamification.Contracts;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Notifications;
using Microsoft.Extensions.Options;

namespace Gamification.Client;

/// <summary><see cref="INotificationsClient"/> over the user's events grain.</summary>
public sealed class NotificationsClient(IGrainFactory grains, IOptions<GamificationClientOptions> options) : INotificationsClient
{
    public Task<UserEventPage> GetEventsAsync(string app, string userId, long? before = null, int limit = 50, CancellationToken cancellationToken = default)
    {
        var feed = grains.GetGrain<IUserEventsGrain>(GrainKeys.User(Argument.Id(app, "app"), Argument.Id(userId, "user_id")));
        Argument.Limit(limit, 500, "limit");
        return feed.GetEvents(before, limit).WaitAsync(options.Value.CallTimeout, cancellationToken);
    }
}
