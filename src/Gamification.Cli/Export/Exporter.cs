using Gamification.Cli.Connection;
using Gamification.Contracts.Progress;

namespace Gamification.Cli.Export;

/// <summary>Pages through <c>GET /admin/users</c> (and each user's <c>history</c> for ledgers), writing as it reads.</summary>
internal sealed class Exporter(GatewayConnection gateway, ExportWriter writer)
{
    private const int PageSize = 500;

    public async Task<long> UsersAsync(CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var user in UsersOfAppAsync(cancellationToken))
        {
            writer.User(user);
            count++;
        }
        return count;
    }

    public async Task<long> LedgersAsync(CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var user in UsersOfAppAsync(cancellationToken))
        {
            long? before = null;
            do
            {
                var path = $"/api/users/{Uri.EscapeDataString(user.UserId)}/history?limit={PageSize}" + (before is { } b ? $"&before={b}" : "");
                var page = await gateway.GetAsync<LedgerPage>(path, cancellationToken);
                foreach (var line in page.Entries)
                {
                    writer.Ledger(user.UserId, line);
                    count++;
                }
                before = page.NextBefore;
            }
            while (before is not null);
        }
        return count;
    }

    private async IAsyncEnumerable<UserProfile> UsersOfAppAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        do
        {
            var path = $"/admin/users?limit={PageSize}" + (after is null ? "" : $"&after={Uri.EscapeDataString(after)}");
            var page = await gateway.GetAsync<UserPage>(path, cancellationToken);
            foreach (var user in page.Users)
                yield return user;
            after = page.NextAfter;
        }
        while (after is not null);
    }
}
