using System.Diagnostics;
using Gamification.Testing;
using Xunit.Abstractions;

namespace Gamification.Cluster.Process.Tests;

/// <summary>
/// One user hammered through every entry point of a 3-silo cluster at once (the gateway process and each silo's own
/// HTTP gateway), from its first activation on: however many silos race to activate it, one activation decides,
/// and the ledger, the XP and the daily limits come out as if the awards had arrived one by one.
/// </summary>
public sealed class ConcurrentActivationTests(ITestOutputHelper output)
{
    private const int EventsEach = 400, Duplicates = 100;

    private static readonly TimeSpan LoadWithin = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Concurrent_awards_to_one_user_through_the_gateway_and_every_silo_at_once_apply_each_key_once_and_keep_the_caps()
    {
        var clock = Stopwatch.StartNew();
        await using var cluster = await ClusterScenario.StartAsync(3, ClusterScenario.Storybook);
        await using var locator = await SiloLocator.ConnectAsync(cluster);
        await output.ExplainedAsync(cluster, async () =>
        {
            var run = ClusterScenario.Run();
            var reader = $"one{run}-reader";
            var chatter = $"one{run}-chatter";
            var entries = new[] { cluster.Gateway }.Concat(cluster.Silos).Select(p => ClusterScenario.Clients.Of(p)).ToList();
            var events = Enumerable.Range(0, EventsEach).SelectMany(i => new[]
            {
                new AwardEvent(reader, "story_read", $"{run}-s{i}") { App = "storybook" },
                new AwardEvent(chatter, i % 10 == 0 ? "daily_chat" : "chat_used_50", $"{run}-m{i}") { App = "mikoshi" },
            }).ToList();
            // Entry point i % 4 first, then the others in turn; a sample of keys is sent a second time, through another entry point.
            var routes = events.Select((e, i) => new AwardRoute(e, [.. Enumerable.Range(0, entries.Count).Select(n => entries[(i + n) % entries.Count].For(e))])).ToList();
            var again = routes.OrderBy(_ => Random.Shared.Next()).Take(2 * Duplicates)
                .Select(r => new AwardRoute(r.Event, [.. r.Gateways.Skip(2), .. r.Gateways.Take(2)])).ToList();
            var load = new AwardLoad(concurrency: 64, TimeSpan.FromSeconds(30));
            var repeats = new AwardLoad(concurrency: 16, TimeSpan.FromSeconds(30));

            await Task.WhenAll(load.RunAsync(routes), repeats.RunAsync(again)).WithinAsync(LoadWithin, $"{events.Count + again.Count} concurrent awards to two users");
            output.WriteLine($"{events.Count} awards and {again.Count} repeats answered at {clock.Elapsed}; {load.FailedAttempts + repeats.FailedAttempts} attempts failed and were retried");

            var unfinished = load.Outcomes.Concat(repeats.Outcomes).Where(o => !o.Value.Final).ToList();
            Assert.True(unfinished.Count == 0, $"{unfinished.Count} awards got no answer: {string.Join(", ", unfinished.Take(10).Select(o => $"{o.Key} {o.Value}"))}");
            var disagreeing = repeats.Outcomes.Where(r => r.Value.Status != load.Outcomes[r.Key].Status).ToList();
            Assert.True(disagreeing.Count == 0, $"keys answered differently the second time: {string.Join(", ", disagreeing.Take(10).Select(d => $"{d.Key} {load.Outcomes[d.Key].Status} then {d.Value.Status}"))}");
            Assert.All(events.Where(e => e.App == "storybook"), e => Assert.Equal(200, load.Outcomes[e.Key].Status));
            using var gateway = ClusterScenario.Clients.Of(cluster.Gateway);
            await LedgerCheck.AssertConsistentAsync(gateway.Storybook, events.Where(e => e.App == "storybook"), load.Outcomes);
            await LedgerCheck.AssertConsistentAsync(gateway.Mikoshi, events.Where(e => e.App == "mikoshi"), load.Outcomes);
            var readerLedger = await LedgerCheck.LedgerAsync(gateway.Storybook, reader);
            var chatterLedger = await LedgerCheck.LedgerAsync(gateway.Mikoshi, chatter);
            var dailyChats = chatterLedger.Count(l => events.Any(e => e.Key == l.Key && e.Action == "daily_chat"));
            output.WriteLine($"reader: {readerLedger.Count} ledger rows, {readerLedger.Sum(l => l.Granted)} XP; chatter: {chatterLedger.Count} rows, {chatterLedger.Sum(l => l.Granted)} XP, {dailyChats} daily chats");
            Assert.Equal((EventsEach, 5L * EventsEach), (readerLedger.Count(l => l.Kind == "action"), readerLedger.Sum(l => l.Granted)));
            // Mikoshi's level 1-2 cap is 150 XP a day, awarded up to the cap; the daily chat counts at most once a day
            // (none at all when fifteen milestones reached the cap before the first daily chat arrived).
            Assert.Equal(150, chatterLedger.Sum(l => l.Granted));
            Assert.InRange(dailyChats, 0, 1);

            var readerActivations = await locator.ActivationsOfUserAsync("storybook", reader);
            var chatterActivations = await locator.ActivationsOfUserAsync("mikoshi", chatter);
            output.WriteLine($"reader active on {string.Join(", ", readerActivations)}; chatter on {string.Join(", ", chatterActivations)}");
            Assert.Single(readerActivations);
            Assert.Single(chatterActivations);
            foreach (var entry in entries)
                entry.Dispose();
        });
    }
}
