namespace Gamification.Runtime;

/// <summary>
/// How live silos share the partitions: every silo computes the same shares from the same membership read
/// (ids sorted, N/L each, the first N mod L one more), takes free partitions up to its share, hands back what it
/// holds beyond its share only while another silo is short, and takes, even beyond its share, its part of the
/// partitions a silent silo's leases left free, or that stayed free through a heartbeat (a silo that stopped
/// heartbeating is not yet declared dead, so the shares still count it).
/// </summary>
internal static class PartitionBalance
{
    /// <param name="local">This silo.</param>
    /// <param name="snapshot">The last read of both tables.</param>
    /// <param name="held">The partitions this silo holds now.</param>
    /// <param name="longFree">Partitions free in every read for at least one heartbeat period.</param>
    /// <param name="options">Heartbeats older than DeadAfter (by the database's clock) leave a silo out of the shares.</param>
    public static BalancePlan Plan(SiloAddress local, ClusterSnapshot snapshot, IReadOnlyCollection<int> held, IReadOnlyCollection<int> longFree, ClusterOptions options)
    {
        var deadAfter = options.DeadAfter;
        var partitionCount = snapshot.Leases.Count;
        var live = snapshot.Silos
            .Where(s => s.State is SiloState.Joining or SiloState.Active && snapshot.ReadAt - s.LastHeartbeat < deadAfter)
            .Select(s => s.Address).Append(local).Distinct().OrderBy(a => a.ToString(), StringComparer.Ordinal).ToList();
        var index = live.IndexOf(local);
        var share = Share(partitionCount, live.Count, index);
        var recent = 2 * options.HeartbeatPeriod;
        var responsive = snapshot.Silos.Where(s => snapshot.ReadAt - s.LastHeartbeat < recent).Select(s => s.Address).ToHashSet();
        if (held.Count > share)
            return new BalancePlan([], Surplus(snapshot, live, held, held.Count - share, index, responsive));
        var free = snapshot.Leases.Where(l => !l.Live).Select(l => l.Partition).ToList();
        // Preferred partitions first (p mod L = my index), so silos starting together rarely reach for the same rows.
        var wanted = free.OrderBy(p => p % live.Count == index ? 0 : 1).ThenBy(_ => Random.Shared.Next()).Take(share - held.Count);
        // A silent owner's expired leases are orphans at once; others' (a hand-back to a joiner) only once they stayed free.
        var orphans = snapshot.Leases.Where(l => !l.Live && l.Owner is { } owner && owner != local && !responsive.Contains(owner)).Select(l => l.Partition);
        return new BalancePlan([.. wanted.Concat(Orphans(local, live, responsive, [.. orphans.Union(longFree)])).Distinct()], []);
    }

    /// <summary>The long-free partitions this silo takes beyond its share: those the silos heartbeating now split to it.</summary>
    private static IEnumerable<int> Orphans(SiloAddress local, List<SiloAddress> live, HashSet<SiloAddress> responsive, IReadOnlyCollection<int> longFree)
    {
        var takers = live.Where(s => s == local || responsive.Contains(s)).ToList();
        var index = takers.IndexOf(local);
        return longFree.Where(p => p % takers.Count == index);
    }

    private static int Share(int partitionCount, int silos, int index) => partitionCount / silos + (index < partitionCount % silos ? 1 : 0);

    /// <summary>Hands back no more than the silos heartbeating right now are short of, the partitions they prefer first.</summary>
    private static List<int> Surplus(ClusterSnapshot snapshot, List<SiloAddress> live, IReadOnlyCollection<int> held, int surplus, int index, HashSet<SiloAddress> responsive)
    {
        var counts = snapshot.Leases.Where(l => l.Live && l.Owner is not null).GroupBy(l => l.Owner!).ToDictionary(g => g.Key, g => g.Count());
        var shortBy = live.Select((silo, i) => silo == live[index] || !responsive.Contains(silo) ? 0
            : Math.Max(0, Share(snapshot.Leases.Count, live.Count, i) - counts.GetValueOrDefault(silo))).Sum();
        return [.. held.OrderBy(p => p % live.Count == index ? 1 : 0).ThenBy(p => p).Take(Math.Min(surplus, shortBy))];
    }
}
