using System.Diagnostics;
using Gamification.Testing;

namespace Gamification.Faults;

/// <summary>
/// Runs one scenario: a fresh stage, load, the fault, load until it settles, a second try of every event whose budget
/// ran out, then the ledger audit and the invariant checker for both apps.
/// </summary>
public sealed class FaultCampaign(TextWriter progress, MembershipProfile? membership = null)
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="scenario"/> on a fresh stage of its own.</summary>
    public async Task<ScenarioResult> RunAsync(FaultScenario scenario)
    {
        var clock = Stopwatch.StartNew();
        progress.WriteLine($"[{scenario.Name}] starting a 3-silo cluster ({(membership ?? MembershipProfile.Tuned).Name} membership): {scenario.Fault}");
        await using var stage = await FaultStage.StartAsync(
            scenario.OwnsPostgres, membership, movableClock: scenario.MovesClock, startBeforeMidnight: scenario.StartsBeforeMidnight);
        progress.WriteLine($"[{scenario.Name}] cluster up in {clock.Elapsed.TotalSeconds:0.0} s");
        return await RunAsync(scenario, stage);
    }

    /// <summary>Runs <paramref name="scenario"/> on <paramref name="stage"/> (a test class's), with fresh keys and users.</summary>
    public async Task<ScenarioResult> RunAsync(FaultScenario scenario, FaultStage stage)
    {
        var clock = Stopwatch.StartNew();
        var load = new FaultLoad(stage.Gateways, Guid.NewGuid().ToString("N")[..6], scenario.Concurrency, scenario.RetryBudget, clock);
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(stop.Token);
        var reporting = ReportAsync(scenario, load, clock, running);

        while (load.Calls.Count < scenario.Warmup && clock.Elapsed < TimeSpan.FromSeconds(60))
            await Task.Delay(100);
        var faultStart = clock.Elapsed;
        progress.WriteLine($"[{scenario.Name}] {faultStart.TotalSeconds:0.0} s: fault on");
        var report = await scenario.InjectAsync(stage, load);
        var faultEnd = clock.Elapsed;
        progress.WriteLine($"[{scenario.Name}] {faultEnd.TotalSeconds:0.0} s: fault over{(report.AllAnswering is { } all ? $", every user answering {all.TotalSeconds:0.0} s after it" : "")}{(report.Note is null ? "" : $" ({report.Note})")}");
        await Task.Delay(scenario.Settle);
        await stop.CancelAsync();
        await running;
        await reporting;

        var gaveUp = load.Calls.Values.Count(c => !c.Record.IsFinal);
        await load.RetryUnfinishedAsync(TimeSpan.FromSeconds(60));
        await stage.Cluster.WaitForActiveSilosAsync(FaultScenarios.MembershipPatience);
        var calls = load.Calls.Values.ToList();
        var ledger = await LedgerAudit.ReadAsync(stage.Gateways, calls);
        var violations = new List<string>();
        foreach (var (app, gateway) in stage.Gateways)
            violations.AddRange(await InvariantAudit.CheckAsync(gateway, app));
        var records = calls.Select(c => c.Record).ToList();
        var lastFailure = records.Max(r => r.LastFailure) ?? faultEnd;
        var result = new ScenarioResult(
            scenario.Name, scenario.Fault, records.Sum(r => r.Attempts), records.Count, records.Count(r => r.Status == 200),
            records.Count(r => r.Status is >= 400 and < 500), gaveUp, records.Count(r => !r.IsFinal), ledger, violations,
            records.Sum(r => r.Unavailable), records.Sum(r => r.ServerErrors), records.Sum(r => r.Broken), load.BareFailures,
            records.Max(r => r.LongestAttempt), faultEnd - faultStart, lastFailure > faultEnd ? lastFailure - faultEnd : TimeSpan.Zero, clock.Elapsed)
        {
            Membership = stage.Membership.Name,
            Report = report,
            StaleWritesRefused = stage.StaleWritesRefused,
        };
        var failures = result.Failures().Concat(result.MissedTargets()).ToList();
        progress.WriteLine($"[{scenario.Name}] {(failures.Count == 0 ? "PASSED" : "FAILED: " + string.Join("; ", failures))}");
        if (load.FirstServerError is { } first)
            progress.WriteLine($"[{scenario.Name}] first 5xx other than 503: {first}");
        if (failures.Count > 0)
            progress.WriteLine(FailureLines(stage.Cluster.RecentOutput));
        return result;
    }

    /// <summary>The processes' error entries (the line naming the failure and the exception under it), not their whole logs.</summary>
    private static string FailureLines(string output)
    {
        var lines = output.Split(Environment.NewLine);
        return string.Join(Environment.NewLine, lines.Select((line, i) => (line, i))
            .Where(l => l.line.StartsWith("---", StringComparison.Ordinal) || l.line.StartsWith("fail:", StringComparison.Ordinal)
                || (l.i > 0 && lines[l.i - 1].StartsWith("fail:", StringComparison.Ordinal)) || (l.i > 1 && lines[l.i - 2].StartsWith("fail:", StringComparison.Ordinal)))
            .Select(l => l.line));
    }

    private async Task ReportAsync(FaultScenario scenario, FaultLoad load, Stopwatch clock, Task running)
    {
        var answered = 0;
        while (!running.IsCompleted)
        {
            await Task.WhenAny(running, Task.Delay(ProgressEvery));
            var now = load.Calls.Count;
            progress.WriteLine(
                $"[{scenario.Name}] {clock.Elapsed.TotalSeconds,5:0.0} s  {(now - answered) / ProgressEvery.TotalSeconds,6:0} calls/s  {now,6} events  {load.FailedAttempts,5} failed attempts");
            answered = now;
        }
    }
}
