using Gamification.Load;
using Gamification.Load.AdoNet;
using Gamification.Testing;
using Npgsql;

// Usage: dotnet run -c Release --project bench/Gamification.Load -- [--seconds 20] [--callers 64] [--users 10000] [--warmup 10] [--warmup-max 90] [--rounds 1]
//        [--designs plain-sql,plain-sql-prepared,batched-sql,grains,grains-steady,grains-no-leaderboards+notifications+level-rewards+metrics+journal+reminders,
//                   orleans-adonet,orleans-adonet-steady,http-postgres (or http),http-sqlite,cluster-1,cluster-3,
//                   http-bare (a slim Kestrel JSON endpoint), http-authenticated, http-rate-limited (the gateway's stages, no grain call),
//                   failover (the shipped membership settings), failover-default (Orleans's defaults),
//                   reminders (--reminders 1000000 midnight reminders due --reminder-lead 120 s after they are copied in, spread over --reminder-spread 1800 s as the silo spreads midnight)]
//        [--postgres <connection string>]
//        (cluster designs: silo processes and a gateway process on a fresh database; see docs/cluster.md)
//        (default designs: plain-sql,grains; default server: a throwaway local PostgreSQL)
//        (--warmup: seconds at least, then until the JIT compiles under 20 methods a second, at most --warmup-max)
//        (--rounds N: every design N times in turn, then each one's median and the issue's ratios round by round)
var settings = LoadSettings.Parse(args);
Console.WriteLine($"{settings.Callers} callers over {settings.Users:N0} users, {settings.Duration.TotalSeconds:F0} s per design");
var designs = settings.Designs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
foreach (var design in designs.Where(d => !Known(d)))
    throw new ArgumentException($"--designs: unknown design '{design}' (plain-sql, plain-sql-prepared, batched-sql, grains, grains-steady, grains-no-<parts>, orleans-adonet, orleans-adonet-steady, http-postgres, http, http-sqlite, http-bare, http-authenticated, http-rate-limited, cluster-1, cluster-3, failover, failover-default, reminders)");
var results = new List<RunResult>();
for (var round = 1; round <= settings.Rounds; round++)
{
    foreach (var design in designs)
    {
        // Idle connections of the previous design's pools (one pool per database) would count against max_connections.
        NpgsqlConnection.ClearAllPools();
        var connectionString = settings.Postgres ?? await PostgresServer.CreateDatabaseAsync($"load_{design}");
        Console.WriteLine(settings.Rounds == 1 ? $"== {design} ==" : $"== {design} (round {round} of {settings.Rounds}) ==");
        // Only the first round probes cold activations: the figure does not move with the machine as throughput does.
        var probe = round == 1;
        var result = design switch
        {
            "plain-sql" => await RunPlainSql(design, connectionString, ""),
            // The same design with the connection settings the silo uses: statements prepared once per connection, no reset on return to the pool.
            "plain-sql-prepared" => await RunPlainSql(design, connectionString, "Max Auto Prepare=16;No Reset On Close=true;"),
            // The ceiling: one writer, up to 100 awards per transaction, no grains.
            "batched-sql" => await RunBatchedSql(design, connectionString),
            // Every design now activates its users before measuring; the -steady names, which alone used to, stay as aliases.
            _ when design is "grains" or "grains-steady" || design.StartsWith("grains-no-", StringComparison.Ordinal) => await RunGrains(design, connectionString, probe),
            "orleans-adonet" or "orleans-adonet-steady" => await RunAdoNet(design, connectionString, probe),
            "http-postgres" or "http" or "http-authenticated" or "http-rate-limited" => await RunHttp(design, "Postgres", connectionString),
            "http-bare" => await RunBare(design, connectionString),
            "http-sqlite" => await RunHttp(design, "Sqlite", $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("load-").FullName, "silo.db")}"),
            "cluster-1" or "cluster-3" => await ClusterRuns.ThroughputAsync(design, design[^1] - '0', settings),
            "failover" or "failover-default" => await ClusterRuns.FailoverAsync(design, settings),
            "reminders" => RunResult.Note(design, await ReminderScale.RunAsync(connectionString, settings.Reminders, settings.ReminderLead, settings.ReminderSpread)),
            _ => throw new ArgumentException($"--designs: unknown design '{design}'"),
        };
        results.Add(result with { Round = round });
    }
}
Console.WriteLine();
Console.WriteLine(RunResult.Header);
results.ForEach(r => Console.WriteLine(r.Row));
if (settings.Rounds > 1)
{
    Console.WriteLine();
    foreach (var line in RoundSummary.Lines(results))
        Console.WriteLine(line);
}
return 0;

static bool Known(string design) =>
    design is "plain-sql" or "plain-sql-prepared" or "batched-sql" or "grains" or "grains-steady" or "orleans-adonet" or "orleans-adonet-steady"
        or "http-postgres" or "http" or "http-sqlite" or "http-bare" or "http-authenticated" or "http-rate-limited" or "cluster-1" or "cluster-3" or "failover" or "failover-default" or "reminders"
    || (design.StartsWith("grains-no-", StringComparison.Ordinal) && GrainVariant.Parse(design).Without.Count > 0);

static async Task Checkpoint(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var checkpoint = new NpgsqlCommand("CHECKPOINT", connection);
    try
    {
        await checkpoint.ExecuteNonQueryAsync();
    }
    catch (PostgresException e)
    {
        Console.WriteLine($"  (no checkpoint between designs: {e.MessageText})");
    }
}

async Task<RunResult> RunPlainSql(string design, string connectionString, string tuning)
{
    await using var database = new NpgsqlDataSourceBuilder($"{connectionString};{tuning}Maximum Pool Size={settings.Callers + 8}").Build();
    var plain = new PlainSqlDesign(database);
    await plain.CreateSchemaAsync(settings.Users);
    await WarmUp(connectionString, plain.AwardAsync, activatesUsers: false);
    return await Measure(design, plain.AwardAsync);
}

async Task<RunResult> RunBatchedSql(string design, string connectionString)
{
    await using var database = new NpgsqlDataSourceBuilder($"{connectionString};Max Auto Prepare=16;No Reset On Close=true;Maximum Pool Size=4").Build();
    await using var batched = new BatchedSqlDesign(database);
    await batched.CreateSchemaAsync(settings.Users);
    await WarmUp(connectionString, batched.AwardAsync, activatesUsers: false);
    batched.ResetCounts();
    var result = await Measure(design, batched.AwardAsync);
    Console.WriteLine("  batches: " + batched.Summary);
    return result with { Batch = batched.Summary };
}

async Task<RunResult> RunHttp(string name, string provider, string connectionString)
{
    var stage = HttpStage.For(name);
    await using var http = await HttpDesign.StartAsync(provider, connectionString, stage);
    // The gateway-only stages stop before the grain call: there is no user to activate.
    await WarmUp(connectionString, http.AwardAsync, activatesUsers: stage == HttpStage.Full);
    return await MeasureCommits(name, http.AwardAsync);
}

async Task<RunResult> RunBare(string design, string connectionString)
{
    await using var bare = await BareKestrelDesign.StartAsync();
    await WarmUp(connectionString, bare.AwardAsync, activatesUsers: false);
    return await Measure(design, bare.AwardAsync);
}

async Task<RunResult> RunGrains(string design, string connectionString, bool probe)
{
    var variant = GrainVariant.Parse(design);
    RunResult result;
    await using (var grains = await GrainDesign.StartAsync(connectionString, variant))
    {
        await WarmUp(connectionString, grains.AwardAsync, activatesUsers: true);
        result = await MeasureCommits(design, grains.AwardAsync);
    }
    if (!probe)
        return result;
    // A fresh silo on the same database: every user's first call now loads state that exists.
    await using var fresh = await GrainDesign.StartAsync(connectionString, variant);
    Console.WriteLine("  " + await ActivationProbe.MeasureAsync(fresh.TouchAsync, settings.Users));
    return result;
}

async Task<RunResult> RunAdoNet(string design, string connectionString, bool probe)
{
    RunResult result;
    await using (var adonet = await AdoNetDesign.StartAsync(connectionString))
    {
        await WarmUp(connectionString, adonet.AwardAsync, activatesUsers: true);
        result = await Measure(design, adonet.AwardAsync);
        Console.WriteLine("  storage: one WriteStateAsync per award (stock ADO.NET provider, no group commit)");
    }
    if (!probe)
        return result;
    await using var fresh = await AdoNetDesign.StartAsync(connectionString);
    Console.WriteLine("  " + await ActivationProbe.MeasureAsync(fresh.TouchAsync, settings.Users));
    return result;
}

// Every design the same way: its users active (grains) or its rows in place (SQL), then calls on the same instance until
// the JIT has settled (each silo compiles its own dynamic code: 3,500 methods in a new silo's first 5 s).
async Task WarmUp(string connectionString, Func<string, Task> award, bool activatesUsers)
{
    if (activatesUsers)
        await UserWarmup.RunAsync(settings.Callers, settings.Users, award);
    if (settings.Warmup > TimeSpan.Zero)
        await LoadRun.WarmUpAsync("warm-up", settings.Callers, settings.Users, settings.Warmup, settings.WarmupMax, (_, user) => award(user));
    // The warm-up's WAL is flushed now, not by a checkpoint in the middle of the measured part.
    await Checkpoint(connectionString);
}

Task<RunResult> Measure(string design, Func<string, Task> award) =>
    LoadRun.RunAsync(design, settings.Callers, settings.Users, settings.Duration, (_, user) => award(user));

async Task<RunResult> MeasureCommits(string design, Func<string, Task> award)
{
    using var batches = new BatchObserver();
    var result = await Measure(design, award);
    Console.WriteLine("  group commit: " + batches.Summary);
    return result with { Batch = batches.Summary };
}
