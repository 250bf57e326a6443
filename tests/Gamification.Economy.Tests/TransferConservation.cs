using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gamification.Testing;
using Xunit.Abstractions;

namespace Gamification.Economy.Tests;

/// <summary>
/// Thousands of concurrent transfers among 100 users over HTTP (random pairs, repeated transfer ids,
/// reused ids with other amounts, overdrafts), with the silo process killed (SIGKILL) a third of the
/// way in. The 3-silo cluster is built elsewhere; one killed silo stands in for a failed one. After
/// the restart the resume reminders alone finish every interrupted transfer, then the invariants hold.
/// </summary>
public sealed class TransferConservation(ITestOutputHelper output)
{
    private const int Users = 100, Transfers = 3000;
    private const long Funding = 1000;

    [Theory]
    [InlineData(TestStorage.Sqlite)]
    [InlineData(TestStorage.Postgres)]
    public async Task Transfers_interrupted_by_a_killed_silo_finish_on_recovery_and_never_create_or_destroy_tokens(TestStorage storage)
    {
        var connection = storage == TestStorage.Postgres
            ? await PostgresServer.CreateDatabaseAsync("transfers")
            : $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("transfers-").FullName, "silo.db")}";
        await using var silo = await SiloProcess.StartAsync(storage, connection, TestApiKey.For("degentalk"));
        var users = Enumerable.Range(0, Users).Select(i => $"user-{i}").ToList();
        var plan = TransferPlan.Make(users, Transfers, seed: 7);
        using (var http = silo.CreateClient())
        {
            // Checks and set-up are not under test: give them room on a loaded machine.
            http.Timeout = TimeSpan.FromSeconds(60);
            await Fund(http, users);
        }

        var answers = await SendUntilKilled(silo, plan);
        await silo.StartAsync();
        using var client = silo.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);
        var ids = plan.Select(t => t.Id).Distinct().ToList();
        var interrupted = (await States(client, ids)).Count(s => s.Value is "requested" or "debited");
        var recovered = await WaitUntilFinal(client, ids);
        var beforeResend = await Task.WhenAll(users.Select(u => Wallet(client, u)));
        var resent = await SendAll(client, plan);
        var finals = await WaitUntilFinal(client, ids);
        var wallets = await Task.WhenAll(users.Select(u => Wallet(client, u)));
        var unanswered = recovered.Count(r => r.Value is not null && !answers.ContainsKey(r.Key));
        output.WriteLine($"{answers.Count} answered before the kill, {unanswered} recorded but unanswered, {interrupted} still in flight when first read after the restart, " +
            $"{finals.Count(f => f.Value == "completed")} completed, {finals.Count(f => f.Value == "rolled_back")} rolled back, {finals.Count(f => f.Value is null)} never recorded");

        Assert.All(recovered, f => Assert.True(f.Value is null or "completed" or "rolled_back", $"{f.Key} was left {f.Value} by recovery"));
        Assert.Equal(Users * Funding, beforeResend.Sum(w => w.Balance));
        Assert.All(finals, f => Assert.True(f.Value is "completed" or "rolled_back", $"{f.Key} is {f.Value ?? "unknown"}"));
        Assert.Equal(Users * Funding, wallets.Sum(w => w.Balance));
        Assert.All(wallets, w => Assert.Equal(w.Balance, w.Lines.Sum(l => l.Amount)));
        Assert.All(wallets.SelectMany(w => w.Lines), l => Assert.True(l.BalanceAfter >= 0, $"{l.Key} left a negative balance"));
        var legs = wallets.SelectMany(w => w.Lines).Where(l => l.Key.StartsWith("transfer-", StringComparison.Ordinal)).ToLookup(l => l.Reference);
        foreach (var (id, status) in finals)
        {
            var rows = legs[id].ToList();
            var expected = status == "completed" ? 2 : 0;
            Assert.True(rows.Count == expected, $"{id} is {status ?? "unknown"} with {rows.Count} ledger legs");
            Assert.Equal(0, rows.Sum(r => r.Amount));
        }
        Assert.All(answers, a => Assert.Equal(a.Value, finals[a.Key]));
        Assert.All(resent, r => Assert.True(r is HttpStatusCode.OK or HttpStatusCode.UnprocessableContent or HttpStatusCode.Conflict, $"a resend answered {r}"));
        Assert.Contains(finals, f => f.Value == "rolled_back");
    }

    private static async Task Fund(HttpClient http, List<string> users)
    {
        foreach (var user in users)
        {
            var response = await http.PostAsJsonAsync($"/api/wallet/{user}/credits", new { payment_reference = $"fund-{user}", amount = Funding, provider = "test" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>Sends the plan 16 at a time and kills the silo once a third is answered; returns the final answers seen (id to status).</summary>
    private static async Task<ConcurrentDictionary<string, string>> SendUntilKilled(SiloProcess silo, List<PlannedTransfer> plan)
    {
        using var http = silo.CreateClient();
        var answers = new ConcurrentDictionary<string, string>();
        var killed = 0;
        await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (transfer, _) =>
        {
            try
            {
                var (status, state) = await Send(http, transfer);
                if (status == HttpStatusCode.OK || (status == HttpStatusCode.UnprocessableContent && state == "rolled_back"))
                    answers[transfer.Id] = state!;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Sent to a dead process: unanswered; the transfer is finished by its reminder or never was.
            }
            if (answers.Count >= plan.Count / 3 && Interlocked.Exchange(ref killed, 1) == 0)
                await silo.KillAsync();
        });
        return answers;
    }

    /// <summary>Sends the whole plan again after recovery: answered ids replay their outcome, the rest run now.</summary>
    private static async Task<ConcurrentBag<HttpStatusCode>> SendAll(HttpClient http, List<PlannedTransfer> plan)
    {
        var statuses = new ConcurrentBag<HttpStatusCode>();
        await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (transfer, _) =>
            statuses.Add((await Send(http, transfer)).Status));
        return statuses;
    }

    private static async Task<(HttpStatusCode Status, string? State)> Send(HttpClient http, PlannedTransfer transfer)
    {
        var response = await http.PostAsJsonAsync("/api/transfers", new
        {
            transfer_id = transfer.Id, from_user_id = transfer.From, to_user_id = transfer.To, amount = transfer.Amount,
        });
        if (response.StatusCode == HttpStatusCode.OK)
            return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        return (response.StatusCode, response.StatusCode == HttpStatusCode.UnprocessableContent ? "rolled_back" : null);
    }

    private static async Task<Dictionary<string, string?>> States(HttpClient http, List<string> ids)
    {
        var states = new ConcurrentDictionary<string, string?>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, cancellationToken) =>
        {
            var response = await http.GetAsync($"/api/transfers/{id}", cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                states[id] = null;
                return;
            }
            response.EnsureSuccessStatusCode();
            states[id] = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("status").GetString();
        });
        return new Dictionary<string, string?>(states);
    }

    private static async Task<Dictionary<string, string?>> WaitUntilFinal(HttpClient http, List<string> ids)
    {
        var states = await States(http, ids);
        for (var i = 0; i < 120 && states.Values.Any(s => s is "requested" or "debited"); i++)
        {
            await Task.Delay(500);
            states = await States(http, ids);
        }
        return states;
    }

    private static async Task<WalletLedger> Wallet(HttpClient http, string user)
    {
        var wallet = await http.GetFromJsonAsync<JsonElement>($"/api/wallet/{user}");
        var lines = new List<LedgerLine>();
        string path = $"/api/wallet/{user}/transactions?limit=500";
        while (true)
        {
            var page = await http.GetFromJsonAsync<JsonElement>(path);
            lines.AddRange(page.GetProperty("entries").EnumerateArray().Select(e => new LedgerLine(
                e.GetProperty("key").GetString()!, e.GetProperty("reference").GetString()!, e.GetProperty("amount").GetInt64(), e.GetProperty("balance_after").GetInt64())));
            if (page.GetProperty("next_before").ValueKind != JsonValueKind.Number)
                break;
            path = $"/api/wallet/{user}/transactions?limit=500&before={page.GetProperty("next_before").GetInt64()}";
        }
        return new WalletLedger(wallet.GetProperty("balance").GetInt64(), lines);
    }

    private sealed record WalletLedger(long Balance, List<LedgerLine> Lines);

    private sealed record LedgerLine(string Key, string Reference, long Amount, long BalanceAfter);
}
