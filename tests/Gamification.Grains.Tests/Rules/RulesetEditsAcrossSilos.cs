using Gamification.Client;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Rulesets;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Grains.Tests.Rules;

/// <summary>
/// Two silos on one PostgreSQL database: a ruleset edit made on one reaches the other from storage,
/// and concurrent edits against one version apply exactly once. (The 3-silo cluster version of this
/// test waits for the cluster branch's partition leases.)
/// </summary>
public sealed class RulesetEditsAcrossSilos : IAsyncLifetime
{
    private const string App = "degentalk";

    private TestSilo first = null!;
    private TestSilo second = null!;

    public async Task InitializeAsync()
    {
        first = await TestSilo.StartAsync(TestStorage.Postgres);
        second = await first.StartTwinAsync();
    }

    public async Task DisposeAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Fact]
    public async Task An_edit_on_one_silo_reaches_the_other_within_a_poll_and_its_later_awards_carry_the_new_version()
    {
        var action = $"act_{Guid.NewGuid():N}"[..16];
        var created = await Rules(first).EditRulesetAsync(App, ActionEdit(action, """{"xp": 4}""", expected: null));
        var user = Fresh.Id();

        var reached = await Eventually.HoldsAsync(
            async () => (await second.Client.GetRulesetAsync(App)).Version == created.CurrentVersion,
            between: () => second.Clock.Advance(TimeSpan.FromSeconds(1)));
        var award = await second.Client.AwardAsync(App, new AwardCommand(user, action, Fresh.Key()));

        Assert.True(created.Applied);
        Assert.True(reached, "the second silo never installed the edited version");
        Assert.Equal(4, award.ExpAdded);
        Assert.Equal(created.CurrentVersion, Assert.Single((await second.Client.GetHistoryAsync(App, user)).Entries).RulesetVersion);
    }

    [Fact]
    public async Task Concurrent_edits_against_one_version_from_both_silos_apply_exactly_once()
    {
        var action = $"race_{Guid.NewGuid():N}"[..16];
        var start = await Rules(first).EditRulesetAsync(App, ActionEdit(action, """{"xp": 1}""", expected: null));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Rules(i % 2 == 0 ? first : second).EditRulesetAsync(App, ActionEdit(action, $$"""{"xp": {{i + 2}}}""", start.CurrentVersion))));
        var history = await Rules(first).GetRulesetHistoryAsync(App, limit: 500);

        var applied = Assert.Single(results, r => r.Applied);
        Assert.All(results.Where(r => !r.Applied), r => Assert.True(r.Stale));
        Assert.Equal(start.CurrentVersion + 1, applied.CurrentVersion);
        Assert.Single(history.Versions, v => v.Version == start.CurrentVersion + 1);
        Assert.Equal(history.Versions.Select(v => v.Version).Order(), history.Versions.Select(v => v.Version));
    }

    private static IRulesAdminClient Rules(TestSilo silo) => silo.Services.GetRequiredService<IRulesAdminClient>();

    private static RulesetEdit ActionEdit(string action, string json, int? expected) =>
        new(RulesetSection.Action, action, json, expected, "test");
}
