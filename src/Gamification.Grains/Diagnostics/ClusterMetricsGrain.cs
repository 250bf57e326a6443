using Gamification.Contracts.Diagnostics;
using Orleans.Concurrency;
using Orleans.Metadata;

namespace Gamification.Grains.Diagnostics;

/// <summary>
/// Merges the cluster's metrics: one <c>SendControlCommandToProvider</c> through the management grain returns
/// every active silo's <see cref="SiloMetrics"/> window; seconds are matched by number (each silo's own clock),
/// counts added, latency histograms merged before percentiles are read. Activations arrive by grain type name; a
/// class name (as older Orleans versions tagged them) is named by its grain type through the cluster manifest.
/// </summary>
[StatelessWorker(1)]
[GrainType(TypeName)]
public sealed class ClusterMetricsGrain(IClusterManifestProvider manifests, TimeProvider clock) : Grain, IClusterMetricsGrain
{
    public const string TypeName = "cluster-metrics";

    private const int Seconds = MetricsWindow.Seconds;

    private const int RateSeconds = MetricsWindow.RateSeconds;

    public async Task<CallMetrics> GetCalls()
    {
        var silos = await SnapshotsAsync(SiloMetricsControl.Window);
        var (now, seconds) = Merge(silos);
        var recent = new LatencyHistogram();
        long recentCalls = 0, recentErrors = 0;
        var series = new List<CallPoint>(Seconds);
        for (var i = 0; i < Seconds; i++)
        {
            var second = now - Seconds + 1 + i;
            var merged = seconds.GetValueOrDefault(second);
            series.Add(new CallPoint(
                DateTimeOffset.FromUnixTimeSeconds(second), merged?.Calls ?? 0, merged?.Latency.Percentile(0.5) ?? 0, merged?.Latency.Percentile(0.99) ?? 0, merged?.Errors ?? 0));
            if (merged is not null && i >= Seconds - RateSeconds)
            {
                recent.Add(merged.Latency);
                recentCalls += merged.Calls;
                recentErrors += merged.Errors;
            }
        }
        return new CallMetrics(
            clock.GetUtcNow(), silos.Count,
            new CallRate(Rate(recentCalls, RateSeconds), recent.Percentile(0.5), recent.Percentile(0.99), Rate(recentErrors, RateSeconds)),
            series);
    }

    public async Task<GrainTypeMetrics> GetGrainTypes()
    {
        var silos = await SnapshotsAsync(SiloMetricsControl.WindowWithMethods);
        var names = GrainTypeNames();
        var activations = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (tagged, count) in silos.SelectMany(s => s.Activations))
        {
            var type = names.GetValueOrDefault(ClassName(tagged), tagged);
            activations[type] = activations.GetValueOrDefault(type) + count;
        }
        var methods = silos.SelectMany(s => s.Methods)
            .GroupBy(m => new MethodKey(m.GrainType, m.Method))
            .Select(g =>
            {
                var latency = new LatencyHistogram();
                foreach (var m in g)
                    latency.AddSparse(m.Latency);
                return (g.Key, Stats: new MethodStats(
                    g.Key.Method, g.Sum(m => m.Calls), Rate(g.Sum(m => m.RecentCalls), MetricsWindow.RecentSeconds), g.Sum(m => m.Errors),
                    latency.Percentile(0.5), latency.Percentile(0.99)));
            })
            .ToList();
        var types = methods.Select(m => m.Key.GrainType).Concat(activations.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new GrainTypeMetrics(clock.GetUtcNow(), Seconds, [.. types.Select(type =>
        {
            var ofType = methods.Where(m => m.Key.GrainType == type).Select(m => m.Stats).OrderBy(m => m.Method, StringComparer.Ordinal).ToList();
            return new GrainTypeStats(
                type, activations.GetValueOrDefault(type), Math.Round(ofType.Sum(m => m.CallsPerSecond), 2), ofType.Sum(m => m.Calls), ofType.Sum(m => m.Errors), ofType);
        })]);
    }

    public async Task<StorageMetrics> GetStorage()
    {
        var silos = await SnapshotsAsync(SiloMetricsControl.Window);
        var (now, seconds) = Merge(silos);
        var commits = new LatencyHistogram();
        var reads = new LatencyHistogram();
        long batches = 0, writes = 0, failures = 0, readCount = 0, ticks = 0;
        var series = new List<StoragePoint>(Seconds);
        for (var i = 0; i < Seconds; i++)
        {
            var second = now - Seconds + 1 + i;
            var merged = seconds.GetValueOrDefault(second);
            series.Add(new StoragePoint(
                DateTimeOffset.FromUnixTimeSeconds(second), merged?.Batches ?? 0, Mean(merged?.BatchWrites ?? 0, merged?.Batches ?? 0), merged?.CommitLatency.Percentile(0.99) ?? 0));
            if (merged is not null && i >= Seconds - RateSeconds)
            {
                commits.Add(merged.CommitLatency);
                reads.Add(merged.ReadLatency);
                batches += merged.Batches;
                writes += merged.BatchWrites;
                failures += merged.WriteFailures;
                readCount += merged.Reads;
                ticks += merged.ReminderTicks;
            }
        }
        return new StorageMetrics(
            Rate(batches, RateSeconds), Rate(writes, RateSeconds), Mean(writes, batches), commits.Percentile(0.5), commits.Percentile(0.99), failures,
            Rate(readCount, RateSeconds), reads.Percentile(0.99), Rate(ticks, RateSeconds), series);
    }

    private async Task<List<SiloMetricsSnapshot>> SnapshotsAsync(int command)
    {
        var answers = await GrainFactory.GetGrain<IManagementGrain>(0)
            .SendControlCommandToProvider<SiloMetricsControl>(SiloMetricsControl.ProviderName, command, null);
        return [.. answers.OfType<SiloMetricsSnapshot>()];
    }

    /// <summary>The seconds of every silo added up by second number; "now" is the latest second any silo reported.</summary>
    private (long Now, Dictionary<long, MergedSecond> Seconds) Merge(List<SiloMetricsSnapshot> silos)
    {
        var now = silos.Count == 0 ? clock.GetUtcNow().ToUnixTimeSeconds() : silos.Max(s => s.NowSecond);
        var seconds = new Dictionary<long, MergedSecond>();
        foreach (var sample in silos.SelectMany(s => s.Seconds).Where(s => s.Second > now - Seconds && s.Second <= now))
        {
            if (!seconds.TryGetValue(sample.Second, out var merged))
                seconds[sample.Second] = merged = new MergedSecond();
            merged.Add(sample);
        }
        return (now, seconds);
    }

    /// <summary>Grain class full names to their Orleans grain type names, from the cluster manifest.</summary>
    private Dictionary<string, string> GrainTypeNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (type, properties) in manifests.Current.AllGrainManifests.SelectMany(m => m.Grains))
        {
            if (properties.Properties.TryGetValue(WellKnownGrainTypeProperties.FullTypeName, out var fullName))
                names.TryAdd(fullName, type.ToString()!);
        }
        return names;
    }

    /// <summary>The class's full name from Orleans's formatting of it (<c>Namespace.Class,Assembly</c>).</summary>
    private static string ClassName(string formatted)
    {
        var comma = formatted.LastIndexOf(',');
        return comma > 0 && formatted.IndexOf(']', comma) < 0 ? formatted[..comma] : formatted;
    }

    private static double Rate(long count, int seconds) => Math.Round((double)count / seconds, 2);

    private static double Mean(long total, long count) => count == 0 ? 0 : Math.Round((double)total / count, 2);

    private sealed class MergedSecond
    {
        public long Calls { get; private set; }

        public long Errors { get; private set; }

        public LatencyHistogram Latency { get; } = new();

        public long Batches { get; private set; }

        public long BatchWrites { get; private set; }

        public LatencyHistogram CommitLatency { get; } = new();

        public long WriteFailures { get; private set; }

        public long Reads { get; private set; }

        public LatencyHistogram ReadLatency { get; } = new();

        public long ReminderTicks { get; private set; }

        public void Add(SecondSample sample)
        {
            Calls += sample.Calls;
            Errors += sample.Errors;
            Latency.AddSparse(sample.Latency);
            Batches += sample.Batches;
            BatchWrites += sample.BatchWrites;
            CommitLatency.AddSparse(sample.CommitLatency);
            WriteFailures += sample.WriteFailures;
            Reads += sample.Reads;
            ReadLatency.AddSparse(sample.ReadLatency);
            ReminderTicks += sample.ReminderTicks;
        }
    }
}
