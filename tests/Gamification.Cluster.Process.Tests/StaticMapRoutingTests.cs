using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gamification.Client;
using Gamification.Contracts;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Grains;
using Gamification.Runtime;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Cluster.Process.Tests;

/// <summary>Routing over HTTP/2 between in-process silos with a fixed partition map: each grain runs on its partition's silo.</summary>
public sealed class StaticMapRoutingTests(StaticCluster cluster) : IClassFixture<StaticCluster>
{
    [Fact]
    public async Task Awards_through_the_gateway_land_once_each_and_every_silo_reads_the_same_progress()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var events = Enumerable.Range(0, 600).Select(i => new AwardEvent($"u{run}-{i % 30}", "story_read", $"{run}-{i}")).ToList();
        using var gateway = cluster.Gateway.CreateClient();

        var answers = await Task.WhenAll(events.Select(e => gateway.PostAsJsonAsync("/api/exp/gain", e.Body)));
        var repeats = await Task.WhenAll(events.Take(50).Select(e => gateway.PostAsJsonAsync("/api/exp/gain", e.Body)));

        Assert.All(answers.Concat(repeats), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        foreach (var user in events.Select(e => e.UserId).Distinct())
        {
            var seen = new List<long>();
            foreach (var silo in cluster.Silos)
            {
                using var http = silo.CreateClient();
                seen.Add((await http.GetFromJsonAsync<JsonElement>($"/api/users/{user}/progress")).GetProperty("experience_points").GetInt64());
            }
            Assert.All(seen, xp => Assert.Equal(20 * 5, xp));
        }
    }

    [Fact]
    public async Task A_grain_runs_only_on_the_silo_that_holds_its_partition()
    {
        var key = GrainKeys.User("storybook", $"owner-{Guid.NewGuid():N}");
        var partitioner = cluster.Silos[0].Services.GetRequiredService<GrainPartitioner>();
        var owner = cluster.SiloEndpoints[partitioner.GetPartition(key) % cluster.SiloEndpoints.Count];

        // The same grain called from every silo: one activation, so every award counts once on one state.
        await Task.WhenAll(cluster.Silos.Select((silo, i) =>
            silo.Grains.GetGrain<IUserProgressGrain>(key).Award(new AwardCommand(key.Split('/')[1], "story_read", $"from-{i}"))));

        var profile = await cluster.Silos[1].Grains.GetGrain<IUserProgressGrain>(key).GetProfile();
        Assert.Equal(15, profile.ExperiencePoints);
        foreach (var silo in cluster.Silos)
        {
            var directory = silo.Services.GetRequiredService<IPartitionDirectory>();
            Assert.Equal(directory.Local.Endpoint == owner, directory.HoldsLease(partitioner.GetPartition(key)));
        }
    }

    [Fact]
    public async Task A_client_with_a_stale_map_follows_the_moved_answer_to_the_owner()
    {
        // A silo whose map is rotated serves a wrong map to the gateway; the owners answer "moved" with the right silo.
        var rotated = cluster.SiloEndpoints.Skip(1).Append(cluster.SiloEndpoints[0]).ToList();
        var liarPort = FreePort.Next();
        await using var liar = await InProcessNode.StartAsync(
            ClusterNodeSettings.Silo(cluster.ConnectionString, liarPort, StaticCluster.Loopback(), cluster.Key, rotated), cluster.Key);
        await using var gateway = await InProcessNode.StartAsync(
            ClusterNodeSettings.Gateway([ClusterNodeSettings.SiloEndpoint(liarPort)], StaticCluster.Loopback(), cluster.Key), cluster.Key);
        var client = gateway.Services.GetRequiredService<IGamificationClient>();
        var user = $"stale-{Guid.NewGuid():N}";

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            client.AwardAsync("storybook", new AwardCommand(user, "story_read", $"{user}-{i}"))));

        Assert.All(results, r => Assert.Equal(AwardStatus.Granted, r.Status));
        Assert.Equal(100, (await client.GetProfileAsync("storybook", user)).ExperiencePoints);
    }

    [Fact]
    public async Task A_partition_whose_owner_never_answers_fails_as_unavailable_within_the_timeout()
    {
        var dead = ClusterNodeSettings.SiloEndpoint(FreePort.Next());
        var port = FreePort.Next();
        var settings = ClusterNodeSettings.Silo(cluster.ConnectionString, port, StaticCluster.Loopback(), cluster.Key, [ClusterNodeSettings.SiloEndpoint(port), dead]);
        settings["Transport:UnownedTimeout"] = "00:00:01";
        await using var silo = await InProcessNode.StartAsync(settings, cluster.Key);
        var partitioner = silo.Services.GetRequiredService<GrainPartitioner>();
        var key = Enumerable.Range(0, 100).Select(i => $"storybook/orphan-{i}").First(k => partitioner.GetPartition(k) % 2 == 1);
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<GrainUnavailableException>(() => silo.Grains.GetGrain<IUserProgressGrain>(key).GetProfile());

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task Exceptions_cross_the_wire_as_their_own_types()
    {
        var client = cluster.Gateway.Services.GetRequiredService<IGamificationClient>();
        using var gateway = cluster.Gateway.CreateClient();

        await Assert.ThrowsAsync<UnknownAppException>(() => client.GetRulesetAsync("no-such-app"));
        var refused = await gateway.PostAsJsonAsync("/api/exp/gain", new { user_id = "x", action = "special_event", idempotency_key = Guid.NewGuid().ToString("N") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }
}
