using Gamification.Faults;
using Gamification.Testing;
using Xunit.Abstractions;

namespace Gamification.Faults.Tests;

/// <summary>
/// The campaign's cluster faults in their CI size, each on a fresh 3-silo cluster with the membership the service
/// ships: the busiest silo killed, and every silo restarted in turn across UTC midnight. Asserts promises, not speed.
/// </summary>
public sealed class ClusterFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_the_silo_that_holds_the_most_users_loses_nothing_and_every_user_answers_again()
    {
        var scenario = FaultScenarios.KillBusiestSilo() with { Concurrency = 16, Warmup = 200, Settle = TimeSpan.FromSeconds(6) };

        var result = await RunAsync(scenario);

        Assert.Empty(result.Failures());
        Assert.NotNull(result.Report.AllAnswering);
        Assert.True(result.Acknowledged > scenario.Warmup, $"only {result.Acknowledged} events acknowledged");
    }

    [Fact]
    public async Task A_rolling_restart_across_UTC_midnight_resets_every_sleeper_for_the_new_day_and_answers_only_200_4xx_or_503()
    {
        var scenario = FaultScenarios.RollingRestart() with { Concurrency = 16, Warmup = 200 };

        var result = await RunAsync(scenario);

        Assert.Empty(result.Failures());
        // Orleans skips the ticks of a range that changes hands across midnight; the catch-up resets those users.
        Assert.Contains("60/60 sleepers reset for the new day", result.Report.Note, StringComparison.Ordinal);
        Assert.Equal(result.Events, result.Acknowledged + result.Refused);
    }

    private async Task<ScenarioResult> RunAsync(FaultScenario scenario)
    {
        using var progress = new StringWriter();
        try
        {
            var result = await new FaultCampaign(progress, MembershipProfile.Shipped).RunAsync(scenario);
            output.WriteLine(CampaignTable.Markdown([result]));
            return result;
        }
        finally
        {
            output.WriteLine(progress.ToString());
        }
    }
}
