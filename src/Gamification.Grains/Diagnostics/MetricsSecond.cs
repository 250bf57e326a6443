using System.Collections.Concurrent;

namespace Gamification.Grains.Diagnostics;

/// <summary>
/// What one silo saw in one second: application grain calls, errors and latency (in total and per method),
/// group commits, state reads, reminder ticks. The per-call figures are added lock-free (<see cref="AddCall"/>);
/// the rest, once per event, under the window's lock.
/// </summary>
public sealed class MetricsSecond
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

    public long Reads { get; set; }

    public LatencyHistogram ReadLatency { get; private set; } = new();

    public long ReminderTicks { get; set; }

    public MethodSecond Method(MethodKey key) => Methods.GetOrAdd(key, static _ => new MethodSecond());

    /// <summary>One finished call of <paramref name="method"/>: counted, timed, and counted as an error if it threw.</summary>
    public void AddCall(MethodKey method, double milliseconds, bool failed)
    {
        var ofMethod = Method(method);
        _totals.AddCalls(1);
        ofMethod.AddCalls(1);
        Latency.Record(milliseconds);
        ofMethod.Latency.Record(milliseconds);
        if (failed)
        {
            _totals.AddErrors(1);
            ofMethod.AddErrors(1);
        }
    }

    /// <summary>Empties the slot for <paramref name="second"/> when the ring comes round to it again; the second is published last.</summary>
    public void Reuse(long second)
    {
        Calls = Errors = Batches = BatchWrites = WriteFailures = Reads = ReminderTicks = 0;
        Latency = new LatencyHistogram();
        CommitLatency = new LatencyHistogram();
        ReadLatency = new LatencyHistogram();
        Methods.Clear();
        Volatile.Write(ref _second, second);
    }
}
