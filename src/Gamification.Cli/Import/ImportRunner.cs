namespace Gamification.Cli.Import;

/// <summary>
/// Replays rows through the service in time order per user: rows are dealt to lanes by user, each
/// lane sends its rows one after another, and the lanes run in parallel. Rows whose target was not
/// registered yet (by a row in another lane) are sent again, in time order, once the lanes are done.
/// </summary>
internal sealed class ImportRunner(RowSender sender, Checkpoint checkpoint, ImportTally tally, int parallelism)
{
    public async Task RunAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var lanes = new List<ImportRow>[parallelism];
        for (var i = 0; i < lanes.Length; i++)
            lanes[i] = [];
        foreach (var row in rows)
            lanes[(int)((uint)StableHash(row.UserId) % (uint)parallelism)].Add(row);
        await Task.WhenAll(lanes.Select(lane => Task.Run(() => RunLaneAsync(lane, lastChance: false, cancellationToken), cancellationToken)));
        var deferred = tally.Deferred.OrderBy(r => r.OccurredAt).ThenBy(r => r.Line).ToList();
        tally.Deferred.Clear();
        await RunLaneAsync(deferred, lastChance: true, cancellationToken);
    }

    private async Task RunLaneAsync(List<ImportRow> lane, bool lastChance, CancellationToken cancellationToken)
    {
        foreach (var row in lane)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (outcome, reason) = await sender.SendAsync(row, cancellationToken);
            tally.Record(row, outcome, reason, checkpoint, lastChance);
        }
    }

    // string.GetHashCode differs per process; lanes only need to be stable within one run, but FNV keeps them stable everywhere.
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }
}
