namespace Gamification.Gateway.Dashboard;

/// <summary>One grain method's calls in one second.</summary>
internal sealed class MethodSecond
{
    public long Calls { get; set; }

    public long Errors { get; set; }

    public LatencyHistogram Latency { get; } = new();
}
