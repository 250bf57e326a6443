namespace Gamification.Grains.Diagnostics;

/// <summary>One grain method's calls in one second; counted lock-free, since every grain call adds to one.</summary>
public sealed class MethodSecond
{
    private long _calls;
    private long _errors;

    public long Calls
    {
        get => Interlocked.Read(ref _calls);
        set => Interlocked.Exchange(ref _calls, value);
    }

    public long Errors
    {
        get => Interlocked.Read(ref _errors);
        set => Interlocked.Exchange(ref _errors, value);
    }

    public LatencyHistogram Latency { get; } = new();

    public void AddCalls(long count) => Interlocked.Add(ref _calls, count);

    public void AddErrors(long count) => Interlocked.Add(ref _errors, count);
}
