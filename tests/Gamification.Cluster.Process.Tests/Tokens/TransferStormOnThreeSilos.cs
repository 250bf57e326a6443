using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gamification.Testing;
using Xunit.Abstractions;

namespace Gamification.Cluster.Process.Tests.Tokens;

/// <summary>
/// Issue 7's token conservation on a 3-silo process cluster: thousands of concurrent transfers among 100 users
/// (repeated ids, reused ids, overdrafts, callers that give up) with one silo SIGKILLed a third of the way in.
/// Afterwards every transfer ends completed or rolled back, no token is created or destroyed, and each
/// completed transfer moved its tokens exactly once.
/// </summary>
public sealed class TransferStormOnThreeSilos(ITestOutputHelper output)
{
    private const int Users = 100, Transfers = 2000;
    private const long Funding = 1000;

    // Resume reminders tick 10 s after a transfer starts and then once a minute. One registered during the failover may
    // land on a silo that no longer owns its range (Orleans keeps the row and leaves it to the owner's next table
    // refresh, every 5 min): the bound is that refresh plus a tick, plus the failover. An active unfinished transfer is
    // also driven by its own grain timer on the same schedule, so most settle within a tick of being read.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(7);

    [Fact]
    public async Task Transfers_with_one_of_three_silos_killed_midway_all_finish_and_never_create_destroy_or_repeat_a_movement_of_tokens()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var key = TestApiKey.For("degentalk");
        await using var cluster = await ClusterScenario.StartAsync(3, key);
        await output.ExplainedAsync(cluster, async () =>
        {
            using var http = cluster.Gateway.CreateClient(TimeSpan.FromSeconds(15));
            var run = Guid.NewGuid().ToString("N")[..6];
            var users = Enumerable.Range(0, Users).Select(i => $"w{run}-{i}").ToList();
            await FundAsync(http, users, run);
            output.WriteLine($"cluster up and funded at {clock.Elapsed}");
            var plan = TransferPlan.Make(users, Transfers, run, seed: 11);
            var caller = new TransferCaller(http, TimeSpan.FromSeconds(45));
            var killed = 0;
            var answeredAtKill = 0;

            await caller.RunAsync(plan, concurrency: 32, async answered =>
            {
                if (answered >= Transfers / 3 && Interlocked.Exchange(ref killed, 1) == 0)
                {
                    answeredAtKill = answered;
                    await cluster.KillAsync(cluster.Silos[1]);
                }
            }).WithinAsync(TimeSpan.FromMinutes(8), $"the storm of {Transfers} transfers");
            output.WriteLine($"storm done at {clock.Elapsed}");
            var declaredDead = await cluster.WaitForActiveSilosAsync(TimeSpan.FromSeconds(60));
            var ids = plan.Select(t => t.Id).Distinct().ToList();
            var afterStorm = await TransferState.ReadAsync(http, ids);
            var settling = System.Diagnostics.Stopwatch.StartNew();
            var finals = await TransferState.UntilSettledAsync(http, ids, Patience);
            var settled = settling.Elapsed;
            var books = await ReadBooksAsync(http, users);
            using var check = await http.PostAsJsonAsync("/admin/check", new { limit = 1000 });
            var violations = (await check.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("violations").EnumerateArray().Select(v => v.ToString()).ToList();
            var leftToService = plan.Where(t => t.Abandoned && !caller.Answers.ContainsKey(t)).Select(t => t.Id).Distinct().Count(id => finals[id].Status is not null);
            output.WriteLine($"settled and read back at {clock.Elapsed}");

            output.WriteLine($"{caller.Answers.Count} distinct sends answered, {caller.FailedAttempts} attempts failed; {leftToService} recorded transfers left by their callers, " +
                $"{afterStorm.Count(s => s.Value.InFlight)} transfers in flight once the membership settled ({declaredDead.TotalSeconds:0.0} s after the storm), finished by their resume reminders within {settled.TotalSeconds:0.0} s; " +
                $"{finals.Count(f => f.Value.Status == "completed")} completed, {finals.Count(f => f.Value.Status == "rolled_back")} rolled back, {finals.Count(f => f.Value.Status is null)} never recorded");
            Assert.Equal(1, killed);
            // The kill fell mid-storm (calls in flight may ride through it: Orleans re-activates their grains on a survivor).
            Assert.InRange(answeredAtKill, 1, caller.Answers.Count - 32);
            Assert.All(finals, f => Assert.False(f.Value.InFlight, $"{f.Key} is still {f.Value.Status} {Patience} after the storm"));
            Assert.Equal(Users * Funding, books.Sum(b => b.Balance));
            Assert.All(books, AssertBalanced);
            AssertEachTransferMovedOnce(finals, books);
            AssertAnswersHold(caller.Answers, finals);
            Assert.Contains(finals.Values, f => f.Status == "rolled_back");
            Assert.Equal(HttpStatusCode.OK, check.StatusCode);
            Assert.Empty(violations);
        });
    }

    /// <summary>A wallet's figures agree with its ledger, which holds each key once and never went below zero.</summary>
    private static void AssertBalanced(WalletBook book)
    {
        Assert.Equal(book.Balance, book.Lines.Sum(l => l.Amount));
        Assert.Equal(book.LifetimeEarned, book.Lines.Where(l => l.Amount > 0).Sum(l => l.Amount));
        Assert.Equal(book.LifetimeSpent, -book.Lines.Where(l => l.Amount < 0).Sum(l => l.Amount));
        Assert.Equal(book.Lines.Count, book.Lines.Select(l => l.Key).Distinct().Count());
        Assert.All(book.Lines, l => Assert.True(l.BalanceAfter >= 0, $"{book.UserId}: {l.Key} left a negative balance"));
    }

    /// <summary>A completed transfer has one debit and one credit of its amount; any other has no ledger row at all.</summary>
    private static void AssertEachTransferMovedOnce(Dictionary<string, TransferState> finals, IEnumerable<WalletBook> books)
    {
        var legs = books.SelectMany(b => b.Lines).Where(l => l.Key.StartsWith("transfer-", StringComparison.Ordinal)).ToLookup(l => l.Reference);
        foreach (var (id, state) in finals)
        {
            var rows = legs[id].OrderBy(l => l.Amount).ToList();
            if (state.Status == "completed")
                Assert.True(rows.Count == 2 && rows[0].Key == $"transfer-out:{id}" && rows[0].Amount == -state.Amount && rows[1].Key == $"transfer-in:{id}" && rows[1].Amount == state.Amount,
                    $"completed transfer {id} of {state.Amount} has legs {string.Join(", ", rows)}");
            else
                Assert.True(rows.Count == 0, $"transfer {id} is {state.Status ?? "unrecorded"} with legs {string.Join(", ", rows)}");
        }
    }

    /// <summary>What the service answered is how the transfer ended: 200 completed (that very amount), 422 rolled back.</summary>
    private static void AssertAnswersHold(ConcurrentDictionary<PlannedTransfer, HttpStatusCode> answers, Dictionary<string, TransferState> finals)
    {
        foreach (var (transfer, status) in answers)
        {
            var final = finals[transfer.Id];
            if (status == HttpStatusCode.OK)
                Assert.Equal(("completed", transfer.Amount), (final.Status, final.Amount));
            else if (status == HttpStatusCode.UnprocessableContent)
                Assert.Equal(("rolled_back", transfer.Amount), (final.Status, final.Amount));
            else
                Assert.True(status is HttpStatusCode.Accepted or HttpStatusCode.Conflict, $"{transfer.Id} answered {status}");
        }
    }

    private static async Task FundAsync(HttpClient http, List<string> users, string run) =>
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (user, cancellationToken) =>
        {
            using var response = await http.PostAsJsonAsync($"/api/wallet/{user}/credits",
                new { payment_reference = $"fund-{run}-{user}", amount = Funding, provider = "test" }, cancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });

    private static async Task<List<WalletBook>> ReadBooksAsync(HttpClient http, List<string> users)
    {
        var books = new ConcurrentBag<WalletBook>();
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (user, _) => books.Add(await WalletBook.ReadAsync(http, user)));
        return [.. books];
    }
}
