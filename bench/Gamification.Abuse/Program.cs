using Gamification.Abuse;

// The full abuse campaign: a silo on a fresh PostgreSQL database, N hostile requests, a report.
var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
await using var stage = await AbuseStage.StartAsync();
var before = await StoreFingerprint.ReadAsync(stage.Silo.ConnectionString);
var started = TimeProvider.System.GetTimestamp();
var report = await new Campaign(stage.Http, stage.Targets, stage.Silo.Clock).RunAsync(count, concurrency: 16,
    new Progress<int>(sent => Console.WriteLine($"  {sent}/{count} sent, {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F0} s")));
var after = await StoreFingerprint.ReadAsync(stage.Silo.ConnectionString);
foreach (var line in report.Lines())
    Console.WriteLine(line);
Console.WriteLine($"store before: {before}");
Console.WriteLine($"store after:  {after}");
Console.WriteLine($"took {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s");
return report.Findings.IsEmpty && before == after ? 0 : 1;
