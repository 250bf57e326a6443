namespace Gamification.Load;

/// <summary>What one design achieved in one run.</summary>
internal sealed record RunResult(string Design, long Awards, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs)
{
    public double PerSecond => Awards / Elapsed.TotalSeconds;

    public string Row => $"| {Design} | {Awards:N0} | {PerSecond:N0} | {P50Ms:F2} | {P99Ms:F2} | {MaxMs:F1} |";
}
