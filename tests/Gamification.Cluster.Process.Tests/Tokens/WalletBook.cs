using System.Net.Http.Json;
using System.Text.Json;

namespace Gamification.Cluster.Process.Tests.Tokens;

/// <summary>One wallet read back through the gateway: its figures and its whole ledger.</summary>
internal sealed record WalletBook(string UserId, long Balance, long LifetimeEarned, long LifetimeSpent, List<WalletBookLine> Lines)
{
    public static async Task<WalletBook> ReadAsync(HttpClient http, string user)
    {
        var wallet = await http.GetFromJsonAsync<JsonElement>($"/api/wallet/{user}");
        var lines = new List<WalletBookLine>();
        var path = $"/api/wallet/{user}/transactions?limit=500";
        while (true)
        {
            var page = await http.GetFromJsonAsync<JsonElement>(path);
            lines.AddRange(page.GetProperty("entries").EnumerateArray().Select(e => new WalletBookLine(
                e.GetProperty("key").GetString()!, e.GetProperty("reference").GetString()!, e.GetProperty("amount").GetInt64(), e.GetProperty("balance_after").GetInt64())));
            if (page.GetProperty("next_before").ValueKind != JsonValueKind.Number)
                break;
            path = $"/api/wallet/{user}/transactions?limit=500&before={page.GetProperty("next_before").GetInt64()}";
        }
        return new WalletBook(user, wallet.GetProperty("balance").GetInt64(), wallet.GetProperty("lifetime_earned").GetInt64(),
            wallet.GetProperty("lifetime_spent").GetInt64(), lines);
    }
}

/// <summary>One row of a wallet's ledger.</summary>
internal sealed record WalletBookLine(string Key, string Reference, long Amount, long BalanceAfter);
