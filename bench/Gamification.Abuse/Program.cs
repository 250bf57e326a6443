using Gamification.Abuse;

// The full abuse campaign: a silo on a fresh PostgreSQL database (or, with --cluster, 3 silo processes and the gateway
// process), N hostile requests, a report. Usage: gamification-abuse [--cluster] [N]
var cluster = args.Contains("--cluster");
var numbers = args.Where(a => a != "--cluster").ToList();
var count = numbers.Count > 0 ? int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
Console.WriteLine(cluster ? "Against a 3-silo cluster's gateway process" : "Against one silo with its gateway");
await using var stage = await AbuseStage.StartAsync(cluster);
var before = await StoreFingerprint.ReadAsync(stage.ConnectionString);
var started = TimeProvider.System.GetTimestamp();
var report = await new Campaign(stage.Http, stage.Targets, stage.Clock).RunAsync(count, concurrency: 16,
    new Progress<int>(sent => Console.WriteLine($"  {sent}/{count} sent, {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F0} s")));
var after = await StoreFingerprint.ReadAsync(stage.ConnectionString);
foreach (var line in report.Lines())
    Console.WriteLine(line);
Console.WriteLine($"store before: {before}");
Console.WriteLine($"store after:  {after}");
Console.WriteLine($"took {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s");
return report.Findings.IsEmpty && before == after ? 0 : 1;
