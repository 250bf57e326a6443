using Gamification.Faults;
using Xunit.Abstractions;

namespace Gamification.Faults.Tests;

/// <summary>
/// The fault campaign of issue #8 in its CI size: PostgreSQL away under load on a 3-silo cluster. Asserts promises,
/// not speed: nothing acknowledged lost, nothing applied twice, 503s (not 500s, not hangs) while storage is away.
/// </summary>
public sealed class StorageFaultTests(StorageFaultStage fixture, ITestOutputHelper output) : IClassFixture<StorageFaultStage>
{
    [Fact]
    public async Task PostgreSQL_refusing_connections_for_8_s_under_load_loses_nothing_applies_nothing_twice_and_answers_503_not_500()
    {
        var scenario = FaultScenarios.RefusePostgres(TimeSpan.FromSeconds(8), concurrency: 16) with { Warmup = 200, Settle = TimeSpan.FromSeconds(6) };

        var result = await RunAsync(scenario);

        Assert.Empty(result.Failures());
        Assert.True(result.Unavailable + result.Broken > 0, "the outage never reached a caller: the fault did not bite");
        Assert.True(result.Acknowledged > scenario.Warmup, $"only {result.Acknowledged} events acknowledged");
        // Storage is back: the cluster serves again by itself; the bound is generous for a slow, loaded CI machine.
        Assert.InRange(result.Recovery, TimeSpan.Zero, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task A_PostgreSQL_restart_under_a_small_load_loses_nothing_and_every_event_gets_a_final_answer()
    {
        var scenario = FaultScenarios.RestartPostgres(concurrency: 8) with { Warmup = 100, Settle = TimeSpan.FromSeconds(6) };

        var result = await RunAsync(scenario);

        Assert.Empty(result.Failures());
        Assert.Equal(result.Events, result.Acknowledged + result.Refused);
        Assert.True(result.Ledger.Entries >= result.Acknowledged, $"{result.Ledger.Entries} ledger entries for {result.Acknowledged} acknowledged events");
    }

    private async Task<ScenarioResult> RunAsync(FaultScenario scenario)
    {
        using var progress = new StringWriter();
        try
        {
            var result = await new FaultCampaign(progress).RunAsync(scenario, fixture.Stage);
            output.WriteLine(CampaignTable.Markdown([result]));
            return result;
        }
        finally
        {
            output.WriteLine(progress.ToString());
        }
    }
}
