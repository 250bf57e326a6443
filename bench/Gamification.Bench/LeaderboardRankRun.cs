using System.Diagnostics;
using System.Globalization;
using Gamification.Domain.Leaderboards;

namespace Gamification.Bench;

/// <summary>
/// Rank queries over a board of 1,000,000 users, timed one by one (a p99 needs every sample, so this
/// is a plain loop, not a BenchmarkDotNet job): a user's rank with 5 neighbours each side, and a top-10 page.
/// </summary>
public static class LeaderboardRankRun
{
    public static void Run(int users, int queries)
    {
        var random = new Random(1);
        var board = new Leaderboard();
        var start = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);
        var build = Stopwatch.StartNew();
        for (var i = 0; i < users; i++)
            board.Set(Id(i), random.Next(0, 50_000), 1, start.AddSeconds(random.Next(86_400)));
        build.Stop();
        var heap = GC.GetTotalMemory(forceFullCollection: true);

        var updates = Time(queries, _ => board.Set(Id(random.Next(users)), random.Next(0, 50_000), random.Next(2, int.MaxValue), start.AddDays(1)));
        var standings = Time(queries, _ => board.StandingOf(Id(random.Next(users)), 5));
        var tops = Time(queries, _ => board.Top(0, 10));
        var deepPages = Time(queries, _ => board.Top(random.Next(users - 10), 10));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"users {board.Count:N0}; built in {build.Elapsed.TotalSeconds:F1} s; {queries:N0} samples each; managed heap {heap / (1024 * 1024):N0} MiB"));
        Report("set score (update)", updates);
        Report("own rank + 5 around", standings);
        Report("top 10", tops);
        Report("page of 10 at a random offset", deepPages);
    }

    private static string Id(int i) => "user-" + i.ToString("D7", CultureInfo.InvariantCulture);

    private static double[] Time(int count, Action<int> query)
    {
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            query(i);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(samples);
        return samples;
    }

    private static void Report(string name, double[] sorted) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-32} p50 {At(sorted, 0.50):F4} ms  p99 {At(sorted, 0.99):F4} ms  p99.9 {At(sorted, 0.999):F4} ms  max {sorted[^1]:F3} ms"));

    private static double At(double[] sorted, double quantile) => sorted[(int)Math.Min(sorted.Length - 1, quantile * sorted.Length)];
}
