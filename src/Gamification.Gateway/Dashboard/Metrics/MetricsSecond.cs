using System.Collections.Concurrent;

namespace Gamification.Gateway.Dashboard;

/// <summary>
/// What the runtime reported in one second: calls, errors and latency (in total and per method), group
/// commits. The per-call figures are added lock-free (<see cref="AddCalls"/>, <see cref="RecordLatency"/>);
/// the rest, once per batch, under the window's lock.
/// </summary>
internal sealed class MetricsSecond
{
    private readonly MethodSecond _totals = new();
    private long _second = long.MinValue;

    public long Second => Volatile.Read(ref _second);

    public long Calls
    {
        get => _totals.Calls;
        set => _totals.Calls = value;
    }

    public long Errors
    {
        get => _totals.Errors;
        set => _totals.Errors = value;
    }

    public LatencyHistogram Latency { get; private set; } = new();

    public ConcurrentDictionary<MethodKey, MethodSecond> Methods { get; } = [];

    public long Batches { get; set; }

    public long BatchWrites { get; set; }

    public LatencyHistogram CommitLatency { get; private set; } = new();

    public long WriteFailures { get; set; }

    public long ReminderTicks { get; set; }

    public MethodSecond Method(MethodKey key) => Methods.GetOrAdd(key, static _ => new MethodSecond());

    public void AddCalls(MethodKey method, long count)
    {
        _totals.AddCalls(count);
        Method(method).AddCalls(count);
    }

    public void AddErrors(MethodKey method, long count)
    {
        _totals.AddErrors(count);
        Method(method).AddErrors(count);
    }

    public void RecordLatency(MethodKey method, double milliseconds)
    {
        Latency.Record(milliseconds);
        Method(method).Latency.Record(milliseconds);
    }

    /// <summary>Empties the slot for <paramref name="second"/> when the ring comes round to it again; the second is published last.</summary>
    public void Reuse(long second)
    {
        Calls = Errors = Batches = BatchWrites = WriteFailures = ReminderTicks = 0;
        Latency = new LatencyHistogram();
        CommitLatency = new LatencyHistogram();
        Methods.Clear();
        Volatile.Write(ref _second, second);
    }
}
