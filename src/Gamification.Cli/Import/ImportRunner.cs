namespace Gamification.Cli.Import;

/// <summary>
/// Replays rows through the service in time order per user: rows are dealt to lanes by user, each
/// lane sends its rows in batches one after another, and the lanes run in parallel. Rows whose
/// target was not registered yet (by a row in another lane) are sent again, in time order, once the
/// lanes are done.
/// </summary>
internal sealed class ImportRunner(EventBatchSender events, RowSender grants, Checkpoint checkpoint, ImportTally tally, ImportSettings settings)
{
    public async Task RunAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var lanes = new List<ImportRow>[settings.Parallelism];
        for (var i = 0; i < lanes.Length; i++)
            lanes[i] = [];
        foreach (var row in rows)
            lanes[(int)(StableHash(row.UserId) % (uint)lanes.Length)].Add(row);
        await Task.WhenAll(lanes.Select(lane => Task.Run(() => RunLaneAsync(lane, lastChance: false, cancellationToken), cancellationToken)));
        var deferred = tally.Deferred.OrderBy(r => r.OccurredAt).ThenBy(r => r.Line).ToList();
        tally.Deferred.Clear();
        await RunLaneAsync(deferred, lastChance: true, cancellationToken);
    }

    private async Task RunLaneAsync(List<ImportRow> lane, bool lastChance, CancellationToken cancellationToken)
    {
        var batch = new List<ImportRow>(settings.BatchSize);
        foreach (var row in lane)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.IsGrant)
            {
                // A grant goes alone, after the events before it, so the user's order holds.
                await FlushAsync(batch, lastChance, cancellationToken);
                var (outcome, reason) = await grants.SendGrantAsync(row, cancellationToken);
                tally.Record(row, outcome, reason, checkpoint, lastChance);
                continue;
            }
            batch.Add(row);
            if (batch.Count >= settings.BatchSize)
                await FlushAsync(batch, lastChance, cancellationToken);
        }
        await FlushAsync(batch, lastChance, cancellationToken);
    }

    private async Task FlushAsync(List<ImportRow> batch, bool lastChance, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
            return;
        var outcomes = await events.SendAsync(batch, cancellationToken);
        for (var i = 0; i < batch.Count; i++)
            tally.Record(batch[i], outcomes[i].Outcome, outcomes[i].Reason, checkpoint, lastChance);
        batch.Clear();
    }

    // Lanes must not depend on the process (string.GetHashCode does), so that reruns group users alike.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
