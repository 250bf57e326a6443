using System.Net;
using Gamification.Cli.Connection;

namespace Gamification.Cli.Import;

/// <summary>Sends one XP grant to <c>POST /admin/users/{id}/xp</c> (grants are rare; events go in batches).</summary>
internal sealed class RowSender(GatewayConnection gateway)
{
    public async Task<(RowOutcome Outcome, string? Reason)> SendGrantAsync(ImportRow row, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await gateway.PostAsync($"/admin/users/{Uri.EscapeDataString(row.UserId)}/xp",
                new GrantBody(row.Xp!.Value, row.Reason!, row.IdempotencyKey), cancellationToken);
            if (response.IsSuccessStatusCode)
                return (RowOutcome.Acknowledged, null);
            var reason = $"{(int)response.StatusCode}: {await ProblemText.ReadAsync(response, cancellationToken)}";
            return ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests ? RowOutcome.Failed : RowOutcome.Rejected, reason);
        }
        catch (HttpRequestException e)
        {
            return (RowOutcome.Failed, e.Message);
        }
    }

    private sealed record GrantBody(int Delta, string Reason, string IdempotencyKey);
}
