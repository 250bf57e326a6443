using Orleans.Concurrency;

namespace Gamification.Contracts.Diagnostics;

/// <summary>
/// Reads Orleans's reminder table (every range of the ring, bounded) for operators: what falls due within the
/// hour, what fell due within the last hour, and counts. A stateless worker on a silo. Key: <c>cluster</c>.
/// </summary>
[Alias("gamification.reminder-overview")]
public interface IReminderOverviewGrain : IGrainWithStringKey
{
    /// <summary>The counts, and up to <paramref name="limit"/> reminders of each list.</summary>
    [Alias("GetOverview")]
    [ReadOnly]
    Task<ReminderOverview> GetOverview(int limit);
}
