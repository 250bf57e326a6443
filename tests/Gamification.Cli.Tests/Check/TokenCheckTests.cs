using System.Net;
using System.Net.Http.Json;
using Gamification.Cli.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace Gamification.Cli.Tests.Check;

/// <summary>
/// The checker's token invariants through <c>gamification check</c>: a sound economy (credits, a completed and a
/// rolled-back transfer, a purchase) passes; rows corrupted with SQL are named with the invariant they break.
/// </summary>
public sealed class TokenCheckTests(CliSilo cluster) : IClassFixture<CliSilo>
{
    private const string App = "degentalk";

    [Fact]
    public async Task Check_passes_on_a_sound_economy_then_names_a_wallet_whose_stored_balance_was_corrupted_with_sql()
    {
        var (sender, _, _) = await SeedAsync();
        var sound = await CliRun.RunAsync(["check", "--app", App, .. cluster.Service(App)]);
        Assert.True(sound.ExitCode == 0, sound.Output);
        Assert.Contains("All invariants hold.", sound.Output);

        var wallet = $"grain_type = 'wallet' AND grain_key = '{App}/{sender}'";
        await ExecuteAsync($"UPDATE grain_state SET payload = json_set(payload, '$.balance', 999) WHERE {wallet}");
        try
        {
            var broken = await CliRun.RunAsync(["check", "--app", App, .. cluster.Service(App)]);

            Assert.Equal(1, broken.ExitCode);
            Assert.Matches($@"{sender}\s*│\s*wallet_equals_ledger\s*│\s*wallet holds 999 tokens but its ledger's 2 rows sum to 300", broken.Output);
            Assert.Matches($@"{sender}\s*│\s*wallet_lifetime\s*│", broken.Output);
            Assert.Matches(@"\*\s*│\s*tokens_conserved\s*│\s*\d+ wallets hold \d+ tokens, but", broken.Output);
            Assert.Contains("3 violation(s).", broken.Output);
        }
        finally
        {
            await ExecuteAsync($"UPDATE grain_state SET payload = json_set(payload, '$.balance', 300) WHERE {wallet}");
        }
    }

    [Fact]
    public async Task Check_names_a_transfer_credited_twice_even_when_the_wallet_agrees_with_its_ledger()
    {
        var (sender, receiver, transfer) = await SeedAsync();
        var wallet = $"grain_type = 'wallet' AND grain_key = '{App}/{receiver}'";

        // A second credit of the transfer under another key, with the wallet's figures moved to match.
        await ExecuteAsync($"""
            INSERT INTO grain_journal (partition, grain_type, grain_key, seq, idempotency_key, kind, payload, created_at)
            SELECT partition, grain_type, grain_key, seq + 100, idempotency_key || '-again', kind,
                   json_set(payload, '$.key', idempotency_key || '-again', '$.sequence', seq + 100), created_at
            FROM grain_journal WHERE {wallet} AND idempotency_key = 'transfer-in:{transfer}'
            """);
        await ExecuteAsync($"""
            UPDATE grain_state SET payload = json_set(payload, '$.balance', json_extract(payload, '$.balance') + 200,
                '$.lifetime_earned', json_extract(payload, '$.lifetime_earned') + 200) WHERE {wallet}
            """);
        try
        {
            var run = await CliRun.RunAsync(["check", "--app", App, .. cluster.Service(App)]);

            Assert.Equal(1, run.ExitCode);
            Assert.Matches($@"{sender}\s*│\s*transfer_once\s*│\s*transfer '{transfer}' debited 1 times and credited 2 times", run.Output);
            Assert.Matches($@"{sender}\s*│\s*transfer_matches_ledger\s*│\s*transfer '{transfer}' is Completed but", run.Output);
            Assert.Matches(@"\*\s*│\s*tokens_conserved\s*│", run.Output);
            Assert.DoesNotMatch($@"{receiver}\s*│\s*wallet_", run.Output);
        }
        finally
        {
            await ExecuteAsync($"DELETE FROM grain_journal WHERE {wallet} AND seq > 100");
            await ExecuteAsync($"""
                UPDATE grain_state SET payload = json_set(payload, '$.balance', json_extract(payload, '$.balance') - 200,
                    '$.lifetime_earned', json_extract(payload, '$.lifetime_earned') - 200) WHERE {wallet}
                """);
        }
    }

    /// <summary>
    /// A sender bought 500 tokens and sent 200 (a completed transfer); the receiver, bought 100, tried to send 1,000
    /// (rolled back) and bought a 100-token title. The sender's wallet holds 300 over two ledger rows.
    /// </summary>
    private async Task<(string Sender, string Receiver, string Transfer)> SeedAsync()
    {
        var (sender, receiver, third) = (Fresh("s"), Fresh("r"), Fresh("t"));
        var transfer = Fresh("tr");
        using var http = new HttpClient { BaseAddress = cluster.Silo.BaseAddress };
        http.DefaultRequestHeaders.Add("X-Api-Key", cluster.Key(App));
        await Expect(HttpStatusCode.OK, http.PostAsJsonAsync($"/api/wallet/{sender}/credits", new { payment_reference = Fresh("p"), amount = 500, provider = "test" }));
        await Expect(HttpStatusCode.OK, http.PostAsJsonAsync($"/api/wallet/{receiver}/credits", new { payment_reference = Fresh("p"), amount = 100, provider = "test" }));
        await Expect(HttpStatusCode.OK, http.PostAsJsonAsync("/api/transfers", new { transfer_id = transfer, from_user_id = sender, to_user_id = receiver, amount = 200 }));
        await Expect(HttpStatusCode.UnprocessableEntity, http.PostAsJsonAsync("/api/transfers", new { transfer_id = Fresh("tr"), from_user_id = receiver, to_user_id = third, amount = 1000 }));
        await Expect(HttpStatusCode.OK, http.PostAsJsonAsync("/api/shop/purchases", new { user_id = receiver, item_id = "custom_title", idempotency_key = Fresh("k") }));
        return (sender, receiver, transfer);
    }

    private static async Task Expect(HttpStatusCode status, Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.True(response.StatusCode == status, $"{response.RequestMessage?.RequestUri} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static string Fresh(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 17)];

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(cluster.Silo.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.True(await command.ExecuteNonQueryAsync() > 0, sql);
    }
}
