namespace Gamification.Gateway.Dashboard;

/// <summary>What the runtime reported in one second: calls, errors and latency (in total and per method), group commits.</summary>
internal sealed class MetricsSecond
{
    public long Second { get; private set; } = long.MinValue;

    public long Calls { get; set; }

    public long Errors { get; set; }

    public LatencyHistogram Latency { get; private set; } = new();

    public Dictionary<MethodKey, MethodSecond> Methods { get; } = [];

    public long Batches { get; set; }

    public long BatchWrites { get; set; }

    public LatencyHistogram CommitLatency { get; private set; } = new();

    public long WriteFailures { get; set; }

    public long ReminderTicks { get; set; }

    public MethodSecond Method(MethodKey key)
    {
        if (!Methods.TryGetValue(key, out var method))
            Methods[key] = method = new MethodSecond();
        return method;
    }

    /// <summary>Empties the slot for <paramref name="second"/> when the ring comes round to it again.</summary>
    public void Reuse(long second)
    {
        Second = second;
        Calls = Errors = Batches = BatchWrites = WriteFailures = ReminderTicks = 0;
        Latency = new LatencyHistogram();
        CommitLatency = new LatencyHistogram();
        Methods.Clear();
    }
}
