using System.Globalization;

namespace Gamification.Load;

/// <summary>
/// A run of several rounds (every design once per round, in the same order): each design's median and spread, and
/// the issue's ratios round by round. On a shared VM the same binaries' cost per award moves by a third between
/// runs, so one round's ratio is a sample, and designs measured minutes apart compare better than runs hours apart.
/// </summary>
internal static class RoundSummary
{
    private static readonly (string Of, string Against)[] Ratios =
        [("grains", "plain-sql"), ("grains", "batched-sql"), ("grains", "orleans-adonet"), ("http", "plain-sql"), ("http", "grains")];

    public static IEnumerable<string> Lines(IReadOnlyList<RunResult> results)
    {
        var measured = results.Where(r => r.Awards > 0).ToList();
        yield return "| design | rounds | awards/s, median | min | max | p99 ms, median | CPU µs/award machine, median |";
        yield return "|---|---:|---:|---:|---:|---:|---:|";
        foreach (var design in measured.GroupBy(r => r.Design))
        {
            var rates = design.Select(r => r.PerSecond).ToArray();
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {design.Key} | {rates.Length} | {Median(rates):N0} | {rates.Min():N0} | {rates.Max():N0} | {Median(design.Select(r => r.P99Ms)):F1} | {Median(design.Select(r => r.MachineCpuUs ?? 0)):N0} |");
        }
        yield return "";
        foreach (var (of, against) in Ratios)
        {
            var perRound = measured.Where(r => r.Design == of)
                .Join(measured.Where(r => r.Design == against), r => r.Round, r => r.Round, (a, b) => a.PerSecond / b.PerSecond).ToArray();
            if (perRound.Length > 0)
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"{of} / {against}: {string.Join(", ", perRound.Select(x => $"{x:F2}x"))} by round; median {Median(perRound):F2}x");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
