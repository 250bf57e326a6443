using Gamification.Contracts.Diagnostics;

namespace Gamification.Grains.Diagnostics;

/// <summary>
/// This silo's last ten minutes in per-second slots (a ring, seconds of the silo's <see cref="TimeProvider"/>),
/// plus its live activations per grain type. Writers are the call filter and the meter listener: per-call
/// figures go lock-free into <see cref="Current"/> (the lock is taken once a second, to empty the slot the ring
/// comes round to); readers take snapshots under the lock.
/// </summary>
public sealed class SiloMetrics(TimeProvider clock)
{
    public const int Seconds = MetricsWindow.Seconds;

    private readonly Lock _lock = new();
    private readonly MetricsSecond[] _ring = [.. Enumerable.Range(0, Seconds).Select(_ => new MetricsSecond())];
    private readonly Dictionary<string, long> _activations = new(StringComparer.Ordinal);

    public void Record(Action<MetricsSecond> change)
    {
        lock (_lock)
            change(Slot(Now()));
    }

    /// <summary>This second's slot, for the lock-free adds of <see cref="MetricsSecond"/>.</summary>
    public MetricsSecond Current()
    {
        var second = Now();
        var slot = _ring[Index(second)];
        if (slot.Second == second)
            return slot;
        lock (_lock)
            return Slot(second);
    }

    /// <summary>
    /// Follows Orleans's <c>orleans-grains</c> up-down counter; <paramref name="grainType"/> is the grain type's name
    /// the counter is tagged with (a class name on Orleans versions that tagged by class).
    /// </summary>
    public void ActivationsChanged(string grainType, long delta)
    {
        lock (_lock)
            _activations[grainType] = Math.Max(0, _activations.GetValueOrDefault(grainType) + delta);
    }

    /// <summary>Live activations per grain type, without the types that have none.</summary>
    public IReadOnlyDictionary<string, long> Activations()
    {
        lock (_lock)
            return _activations.Where(a => a.Value > 0).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
    }

    /// <summary>Reads the last <paramref name="seconds"/> seconds (the current one included), oldest first; empty seconds are passed as empty slots.</summary>
    public T Read<T>(int seconds, Func<long, IReadOnlyList<MetricsSecond>, T> read)
    {
        var now = Now();
        var empty = new MetricsSecond();
        lock (_lock)
        {
            var slots = new MetricsSecond[seconds];
            for (var i = 0; i < seconds; i++)
            {
                var second = now - seconds + 1 + i;
                var slot = _ring[Index(second)];
                slots[i] = slot.Second == second ? slot : empty;
            }
            return read(now, slots);
        }
    }

    /// <summary>The window as it crosses to the silo that merges the cluster's: non-empty seconds only, methods only when asked for.</summary>
    public SiloMetricsSnapshot Snapshot(string silo, bool withMethods) => Read(Seconds, (now, seconds) =>
    {
        var samples = new List<SecondSample>();
        foreach (var s in seconds)
        {
            if (s.Second == long.MinValue || (s.Calls == 0 && s.Batches == 0 && s.WriteFailures == 0 && s.Reads == 0 && s.ReminderTicks == 0))
                continue;
            samples.Add(new SecondSample(
                s.Second, s.Calls, s.Errors, s.Latency.ToSparse(), s.Batches, s.BatchWrites, s.CommitLatency.ToSparse(),
                s.WriteFailures, s.Reads, s.ReadLatency.ToSparse(), s.ReminderTicks));
        }
        return new SiloMetricsSnapshot(silo, now, samples, withMethods ? Methods(seconds) : [], withMethods ? Activations() : new Dictionary<string, long>());
    });

    private static List<MethodSample> Methods(IReadOnlyList<MetricsSecond> seconds)
    {
        var totals = new Dictionary<MethodKey, (MethodSecond All, long Recent)>();
        for (var i = 0; i < seconds.Count; i++)
        {
            foreach (var (key, method) in seconds[i].Methods)
            {
                if (!totals.TryGetValue(key, out var total))
                    totals[key] = total = (new MethodSecond(), 0);
                total.All.Calls += method.Calls;
                total.All.Errors += method.Errors;
                total.All.Latency.Add(method.Latency);
                if (i >= seconds.Count - MetricsWindow.RecentSeconds)
                    totals[key] = total with { Recent = total.Recent + method.Calls };
            }
        }
        return [.. totals.Select(t => new MethodSample(t.Key.GrainType, t.Key.Method, t.Value.All.Calls, t.Value.Recent, t.Value.All.Errors, t.Value.All.Latency.ToSparse()))];
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeSeconds();

    private MetricsSecond Slot(long second)
    {
        var slot = _ring[Index(second)];
        if (slot.Second != second)
            slot.Reuse(second);
        return slot;
    }

    private static int Index(long second) => (int)(((second % Seconds) + Seconds) % Seconds);
}
