using System.Globalization;
using BenchmarkDotNet.Running;
using Gamification.Bench;

// `leaderboard-ranks [users] [samples]` is a timed loop (p99 needs every sample); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "leaderboard-ranks")
{
    LeaderboardRankRun.Run(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
