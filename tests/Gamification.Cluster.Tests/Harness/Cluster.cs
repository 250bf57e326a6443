using System.Diagnostics;
using Gamification.Runtime;
using Gamification.Testing;

namespace Gamification.Cluster.Tests;

/// <summary>Silos of one test on a fresh PostgreSQL database, with waits for the partition map to settle.</summary>
public sealed class Cluster : IAsyncDisposable
{
    public const int Partitions = 1024;

    private readonly Action<ClusterOptions> _timings;
    private int _started;

    private Cluster(string connectionString, Action<ClusterOptions> timings)
    {
        ConnectionString = connectionString;
        _timings = timings;
    }

    public string ConnectionString { get; }

    public List<ClusterSilo> Silos { get; } = [];

    public static async Task<Cluster> StartAsync(int silos, Action<ClusterOptions>? timings = null)
    {
        var cluster = new Cluster(await PostgresServer.CreateDatabaseAsync("cluster"), timings ?? ClusterSilo.Fast);
        for (var i = 0; i < silos; i++)
            await cluster.AddSiloAsync();
        return cluster;
    }

    public async Task<ClusterSilo> AddSiloAsync()
    {
        var silo = await ClusterSilo.StartAsync(ConnectionString, Interlocked.Increment(ref _started), _timings);
        Silos.Add(silo);
        return silo;
    }

    /// <summary>Waits until every partition is held by exactly one of <paramref name="live"/>, each holding a fair share.</summary>
    public static async Task<TimeSpan> SettleAsync(IReadOnlyList<ClusterSilo> live, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!Settled(live))
        {
            if (watch.Elapsed > limit)
                Assert.Fail($"The partition map did not settle within {limit}: held {string.Join(", ", live.Select(s => s.Directory.OwnedPartitions.Count))}.");
            await Task.Delay(20);
        }
        return watch.Elapsed;
    }

    /// <summary>Waits until every partition is held by one of <paramref name="live"/>, balanced or not; returns how long that took.</summary>
    public static async Task<TimeSpan> OwnedAsync(IReadOnlyList<ClusterSilo> live, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (live.SelectMany(s => s.Directory.OwnedPartitions).Distinct().Count() < Partitions)
        {
            if (watch.Elapsed > limit)
                Assert.Fail($"Some partitions had no owner after {limit}.");
            await Task.Delay(20);
        }
        return watch.Elapsed;
    }

    /// <summary>The silo of <paramref name="live"/> holding <paramref name="grainKey"/>'s partition now, if any.</summary>
    public static ClusterSilo? OwnerOf(IEnumerable<ClusterSilo> live, string grainKey)
    {
        var partition = new GrainPartitioner(Partitions).GetPartition(grainKey);
        return live.SingleOrDefault(s => s.Directory.HoldsLease(partition));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Silos)
            silo.Faults.ResumeHeartbeat();
        await Task.WhenAll(Silos.Select(s => s.DisposeAsync().AsTask()));
    }

    private static bool Settled(IReadOnlyList<ClusterSilo> live)
    {
        var held = live.Select(s => s.Directory.OwnedPartitions.ToList()).ToList();
        var fair = Partitions / live.Count;
        return held.Sum(h => h.Count) == Partitions
            && held.SelectMany(h => h).Distinct().Count() == Partitions
            && held.All(h => h.Count >= fair && h.Count <= fair + 1);
    }
}
