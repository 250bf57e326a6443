namespace Gamification.Load;

/// <summary>What one design achieved in one run.</summary>
internal sealed record RunResult(string Design, long Awards, TimeSpan Elapsed, double P50Ms, double P99Ms, double MaxMs)
{
    /// <summary>CPU per award over the whole machine (silo, load generator, PostgreSQL), in microseconds; null where not measured.</summary>
    public double? MachineCpuUs { get; init; }

    /// <summary>CPU per award of this process alone (load generator plus any in-process silo and gateway), in microseconds.</summary>
    public double? ProcessCpuUs { get; init; }

    /// <summary>Methods the JIT compiled during the measured part (tiering up, or a new silo's dynamic code); null where not measured.</summary>
    public long? JitMethods { get; init; }

    /// <summary>Which round of a <c>--rounds</c> run this was (1 for a single round).</summary>
    public int Round { get; init; } = 1;

    /// <summary>Batch size and commit time, for designs that batch writes.</summary>
    public string? Batch { get; init; }

    /// <summary>A design that measures something other than awards: its one-line summary, in the batches column.</summary>
    public static RunResult Note(string design, string summary) => new(design, 0, TimeSpan.FromSeconds(1), 0, 0, 0) { Batch = summary };

    public double PerSecond => Awards / Elapsed.TotalSeconds;

    public const string Header = "| design | awards | awards/s | p50 ms | p99 ms | max ms | CPU µs/award (machine) | CPU µs/award (this process) | JIT methods | batches |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|";

    public string Row => $"| {Design}{(Round > 1 ? $" (round {Round})" : "")} | {Awards:N0} | {PerSecond:N0} | {P50Ms:F2} | {P99Ms:F2} | {MaxMs:F1} | {Us(MachineCpuUs)} | {Us(ProcessCpuUs)} | {JitMethods?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} | {Batch ?? "-"} |";

    private static string Us(double? value) => value is { } us ? us.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-";
}
