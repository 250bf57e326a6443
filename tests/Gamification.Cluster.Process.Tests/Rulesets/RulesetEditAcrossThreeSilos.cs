using System.Diagnostics;
using Xunit.Abstractions;

namespace Gamification.Cluster.Process.Tests.Rulesets;

/// <summary>
/// Issue 7: a ruleset edit made through one silo reaches every silo of a 3-silo cluster, and the awards each silo
/// makes afterwards apply the new rule and record the new version in their ledger entries.
/// </summary>
public sealed class RulesetEditAcrossThreeSilos(RulesetCluster fixture, ITestOutputHelper output) : IClassFixture<RulesetCluster>
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task An_edit_through_one_silo_reaches_all_three_and_later_awards_on_each_apply_it_and_carry_its_version()
    {
        var cluster = fixture.Cluster;
        await cluster.WaitForActiveSilosAsync(RulesetCluster.Patience);
        var silos = cluster.LiveSilos.ToList();
        var action = $"r3_{Guid.NewGuid():N}"[..16];
        var run = $"r3{Guid.NewGuid():N}"[..10];
        using var editor = silos[0].CreateClient();
        var entries = silos.Select(s => s.CreateClient()).ToList();
        try
        {
            var seen = new List<RulesetProbe>();
            var created = await RulesetProbe.EditAsync(editor, action, xp: 3);
            seen.AddRange(await AwardUntilEverySiloAppliesAsync(entries, $"{run}a", action, created, xp: 3, silos.Select(s => s.Name).ToList()));
            var edited = await RulesetProbe.EditAsync(editor, action, xp: 7);
            seen.AddRange(await AwardUntilEverySiloAppliesAsync(entries, $"{run}b", action, edited, xp: 7, silos.Select(s => s.Name).ToList()));

            Assert.Equal(created + 1, edited);
            // Whatever a silo was still serving while the edit travelled, the version recorded always names the rule applied.
            Assert.All(seen, p => Assert.True(p.Xp == 3 ? p.Version == created : p.Version == edited, $"{p.Silo} granted {p.Xp} XP recorded with version {p.Version}"));
        }
        catch
        {
            output.WriteLine(fixture.Describe());
            throw;
        }
        finally
        {
            foreach (var entry in entries)
                entry.Dispose();
        }
    }

    [Fact]
    public async Task A_silo_that_joins_after_an_edit_applies_the_edited_ruleset_from_its_first_award()
    {
        await fixture.Cluster.WaitForActiveSilosAsync(RulesetCluster.Patience);
        var action = $"j3_{Guid.NewGuid():N}"[..16];
        using var editor = fixture.Cluster.LiveSilos.ElementAt(1).CreateClient();
        await RulesetProbe.EditAsync(editor, action, xp: 3);
        var edited = await RulesetProbe.EditAsync(editor, action, xp: 9);

        var joined = await fixture.JoinAsync();
        try
        {
            // No waiting here: a silo must not serve grains while it still runs the preset the edit replaced.
            var (first, elsewhere) = await RulesetProbe.OnSiloAsync(joined, fixture.Locator, $"j3{Guid.NewGuid():N}"[..10], action, count: 5);

            output.WriteLine($"{joined.Name}'s first awards: {RulesetProbe.Summary(first)}; made elsewhere meanwhile: {RulesetProbe.Summary(elsewhere)}");
            Assert.All(first, p => Assert.Equal((9, edited), (p.Xp, p.Version)));
        }
        catch
        {
            output.WriteLine(fixture.Describe());
            throw;
        }
        finally
        {
            await fixture.LeaveAsync(joined);
        }
    }

    /// <summary>
    /// Awards fresh users through each silo's own gateway in turn until every silo has made an award at
    /// <paramref name="version"/> and then three more, all at it; returns every granted award seen on the way.
    /// </summary>
    private async Task<List<RulesetProbe>> AwardUntilEverySiloAppliesAsync(List<HttpClient> entries, string run, string action, int version, int xp, List<string> silos)
    {
        var probes = new List<RulesetProbe>();
        var refused = 0;
        var clock = Stopwatch.StartNew();
        bool Settled(string silo) =>
            probes.Where(p => p.Silo == silo).SkipWhile(p => p.Version != version).Count() is >= 4
            && probes.Where(p => p.Silo == silo).SkipWhile(p => p.Version != version).All(p => p.Version == version);
        var applied = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        for (var i = 0; !silos.All(Settled); i++)
        {
            if (clock.Elapsed >= RulesetCluster.Patience)
                throw new Xunit.Sdk.XunitException($"Not every silo applied version {version} ({xp} XP for {action}) and then kept to it within {RulesetCluster.Patience}: " +
                    $"saw {RulesetProbe.Summary(probes)} and {refused} refusals");
            if (await RulesetProbe.AwardAsync(entries[i % entries.Count], fixture.Locator, $"{run}-{i}", action) is { } probe)
            {
                probes.Add(probe);
                if (probe.Version == version)
                    applied.TryAdd(probe.Silo, clock.Elapsed);
            }
            else
            {
                refused++;
            }
            await Task.Delay(ProbeInterval);
        }
        output.WriteLine($"version {version}: first applied by {string.Join(", ", applied.OrderBy(a => a.Key).Select(a => $"{a.Key} after {a.Value.TotalSeconds:0.0} s"))}; " +
            $"{refused} awards refused; all awards: {RulesetProbe.Summary(probes)}");
        return probes;
    }
}
