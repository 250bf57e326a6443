using System.Collections.Concurrent;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Grains;
using Gamification.Testing;
using Orleans.Runtime;
using Orleans.Storage;

namespace Gamification.Grains.Tests;

/// <summary>
/// One user active on two silos at once (two clusters on one database, as a cut-off or paused silo leaves behind),
/// both activations awarding concurrently: the stored ETag lets one writer win each write, so no key is granted
/// twice, the daily cap and limit hold, and the ledger and the XP agree.
/// </summary>
public sealed class TwoActivationsOfOneUser : IAsyncLifetime
{
    private const int Keys = 200;
    private TestSilo silo = null!;
    private TestSilo twin = null!;

    public async Task InitializeAsync()
    {
        silo = await TestSilo.StartAsync(TestStorage.Postgres);
        twin = await silo.StartTwinAsync();
    }

    public async Task DisposeAsync()
    {
        await twin.DisposeAsync();
        await silo.DisposeAsync();
    }

    [Fact]
    public async Task Concurrent_awards_through_two_activations_grant_each_key_once_and_keep_the_cap_and_the_limit()
    {
        var user = Fresh.Id();
        var activations = new[] { silo, twin }.Select(s => s.Grains.GetGrain<IUserProgressGrain>($"mikoshi/{user}")).ToArray();
        var commands = Enumerable.Range(0, Keys).Select(i => new AwardCommand(user, i % 20 == 0 ? "daily_chat" : "chat_used_50", Fresh.Key())).ToList();
        var answers = new ConcurrentDictionary<string, ConcurrentBag<AwardResult>>();
        var refusedWrites = 0;

        // Every key through both activations, each side in its own order, so the two race on every write.
        await Task.WhenAll(activations.Select((grain, side) => Parallel.ForEachAsync(
            side == 0 ? commands : Enumerable.Reverse(commands), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (command, _) =>
            {
                while (true)
                {
                    try
                    {
                        answers.GetOrAdd(command.IdempotencyKey, _ => []).Add(await grain.Award(command));
                        return;
                    }
                    catch (InconsistentStateException)
                    {
                        // The other activation wrote first: this one reloads, and the same key is sent again.
                        Interlocked.Increment(ref refusedWrites);
                    }
                    catch (OrleansMessageRejectionException)
                    {
                        // Sent to the activation as it deactivated after a refused write: retryable, as the client library treats it.
                    }
                }
            })));

        await twin.DisposeAsync();
        await silo.RestartAsync();
        var ledger = await LedgerOf(user);
        var profile = await silo.Client.GetProfileAsync("mikoshi", user);
        var actions = ledger.Where(l => l.Kind == "action").ToList();
        Assert.True(refusedWrites > 0, "the two activations never raced on a write");
        Assert.Equal(actions.Count, actions.Select(l => l.Key).Distinct().Count());
        Assert.Equal(150, actions.Sum(l => l.Granted));
        Assert.InRange(actions.Count(l => l.Subject == "daily_chat"), 0, 1);
        Assert.Equal(ledger.Sum(l => (long)l.Granted), profile.ExperiencePoints);
        var granted = answers.Where(a => a.Value.Any(r => r.ExpAdded > 0)).Select(a => a.Key).ToHashSet();
        Assert.Equal(granted.Order(), actions.Where(l => l.Granted > 0).Select(l => l.Key).Order());
    }

    private async Task<List<LedgerLine>> LedgerOf(string user)
    {
        var lines = new List<LedgerLine>();
        long? before = null;
        do
        {
            var page = await silo.Client.GetHistoryAsync("mikoshi", user, before, limit: 500);
            lines.AddRange(page.Entries);
            before = page.NextBefore;
        }
        while (before is not null);
        return lines;
    }
}
