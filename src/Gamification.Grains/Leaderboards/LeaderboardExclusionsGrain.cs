using Gamification.Persistence;
using Gamification.Grains.Hosting;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Leaderboards;

namespace Gamification.Grains.Leaderboards;

/// <summary>An app's users kept off its boards (banned, staff), stored; boards compare the version on each read.</summary>
[GrainType("leaderboard-exclusions")]
public sealed class LeaderboardExclusionsGrain([PersistentState("state", StorageProviders.Journaled)] IPersistentState<Journaled<LeaderboardExclusionsState>> state) : PersistentGrain<LeaderboardExclusionsState>(state), ILeaderboardExclusionsGrain
{
    public async Task<ExcludedUsers> Exclude(string userId)
    {
        if (State.UserIds.Add(userId))
            await Changed();
        return View();
    }

    public async Task<ExcludedUsers> Readmit(string userId)
    {
        if (State.UserIds.Remove(userId))
            await Changed();
        return View();
    }

    public Task<ExcludedUsers> GetExcluded() => Task.FromResult(View());

    private Task Changed()
    {
        State.Version++;
        return WriteStateAsync();
    }

    private ExcludedUsers View() => new([.. State.UserIds], State.Version);
}
