namespace Gamification.Grains.Leaderboards;

/// <summary>The state of <see cref="LeaderboardExclusionsGrain"/>: the excluded user ids, and a version that rises with each change.</summary>
public sealed class LeaderboardExclusionsState
{
    public SortedSet<string> UserIds { get; set; } = new(StringComparer.Ordinal);

    public long Version { get; set; }
}
