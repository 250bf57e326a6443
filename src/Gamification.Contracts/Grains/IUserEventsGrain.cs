using Gamification.Contracts.Notifications;
using Orleans.Concurrency;

namespace Gamification.Contracts.Grains;

/// <summary>A user's event feed and its webhook outbox. Key: <c>app/user</c>, like the user's progress.</summary>
[Alias("gamification.user-events")]
public interface IUserEventsGrain : IGrainWithStringKey
{
    /// <summary>Stores the events not seen before (by id) in the feed and the outbox, in one commit.</summary>
    [Alias("Record")]
    Task Record(IReadOnlyList<UserEvent> events);

    /// <summary>Attempts the deliveries that are due now; failures are retried later with backoff.</summary>
    [Alias("Deliver")]
    Task Deliver();

    /// <summary>The feed, newest first, before feed position <paramref name="before"/>.</summary>
    [Alias("GetEvents")]
    [ReadOnly]
    Task<UserEventPage> GetEvents(long? before, int limit);
}
