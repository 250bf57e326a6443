using System.Net;
using Gamification.Cli.Connection;

namespace Gamification.Cli.Import;

/// <summary>Sends one row: an event to <c>POST /api/exp/gain</c>, a grant to <c>POST /admin/users/{id}/xp</c>.</summary>
internal sealed class RowSender(GatewayConnection gateway)
{
    public async Task<(RowOutcome Outcome, string? Reason)> SendAsync(ImportRow row, CancellationToken cancellationToken)
    {
        try
        {
            using var response = row.IsGrant
                ? await gateway.PostAsync($"/admin/users/{Uri.EscapeDataString(row.UserId)}/xp",
                    new GrantBody(row.Xp!.Value, row.Reason!, row.IdempotencyKey), cancellationToken)
                : await gateway.PostAsync("/api/exp/gain",
                    new EventBody(row.UserId, row.Action!, row.TargetType, row.TargetId, row.Amount, row.IdempotencyKey), cancellationToken);
            if (response.IsSuccessStatusCode)
                return (RowOutcome.Acknowledged, null);
            var reason = await ProblemText.ReadAsync(response, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound && row.TargetId is not null)
                return (RowOutcome.TargetNotYetKnown, reason);
            if ((int)response.StatusCode >= 500)
                return (RowOutcome.Failed, $"{(int)response.StatusCode}: {reason}");
            return (RowOutcome.Rejected, $"{(int)response.StatusCode}: {reason}");
        }
        catch (HttpRequestException e)
        {
            return (RowOutcome.Failed, e.Message);
        }
    }

    private sealed record EventBody(string UserId, string Action, string? TargetType, string? TargetId, int? Amount, string IdempotencyKey);

    private sealed record GrantBody(int Delta, string Reason, string IdempotencyKey);
}
