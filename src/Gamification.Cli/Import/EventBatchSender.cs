using System.Net.Http.Json;
using Gamification.Cli.Connection;

namespace Gamification.Cli.Import;

/// <summary>
/// Sends events in batches to <c>POST /admin/import/events</c>, each decided at its <c>occurred_at</c>
/// (so the day's limits and caps are those of the day it happened); one result per event.
/// </summary>
internal sealed class EventBatchSender(GatewayConnection gateway)
{
    public const string Path = "/admin/import/events";

    public async Task<IReadOnlyList<(RowOutcome Outcome, string? Reason)>> SendAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var events = rows.Select(r => new EventBody(r.UserId, r.Action!, r.TargetType, r.TargetId, r.Amount, r.OccurredAt, r.IdempotencyKey)).ToList();
        try
        {
            using var response = await gateway.PostAsync(Path, new BatchBody(events), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var reason = $"batch refused, {(int)response.StatusCode}: {await ProblemText.ReadAsync(response, cancellationToken)}";
                return [.. rows.Select(_ => (RowOutcome.Failed, (string?)reason))];
            }
            var answer = await response.Content.ReadFromJsonAsync<BatchAnswer>(CliJson.Options, cancellationToken);
            return [.. rows.Select((row, i) => Outcome(row, answer?.Results.FirstOrDefault(r => r.Index == i)))];
        }
        catch (HttpRequestException e)
        {
            return [.. rows.Select(_ => (RowOutcome.Failed, (string?)e.Message))];
        }
    }

    private static (RowOutcome, string?) Outcome(ImportRow row, EventAnswer? answer) => answer switch
    {
        null => (RowOutcome.Failed, "no result for this event"),
        { Status: 200 } => (RowOutcome.Acknowledged, null),
        { Status: 404 } when row.TargetId is not null => (RowOutcome.TargetNotYetKnown, $"404 {answer.Reason}: {answer.Detail}"),
        _ => (RowOutcome.Rejected, $"{answer.Status} {answer.Reason}: {answer.Detail}"),
    };

    private sealed record EventBody(string UserId, string Action, string? TargetType, string? TargetId, int? Amount, DateTimeOffset OccurredAt, string IdempotencyKey);

    private sealed record BatchBody(IReadOnlyList<EventBody> Events);

    private sealed record BatchAnswer(IReadOnlyList<EventAnswer> Results);

    private sealed record EventAnswer(int Index, int Status, string Outcome, string? Reason, string? Detail);
}
