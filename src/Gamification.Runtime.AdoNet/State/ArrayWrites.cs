using System.Data.Common;

namespace Gamification.Runtime.AdoNet;

/// <summary>
/// A batch's writes as at most three statements whatever its size (PostgreSQL): one per-row statement
/// costs the server a bind, an execution and a reply each, which was most of an award's database time.
/// </summary>
internal static class ArrayWrites
{
    /// <summary>Runs the pending writes inside <paramref name="transaction"/> and returns the rejected ones.</summary>
    public static async Task<Dictionary<int, StateWriteResult>> RunAsync(GrainPartitioner partitioner, DbConnection connection,
        DbTransaction transaction, IReadOnlyList<StateWrite> batch, IReadOnlyList<int> pending, CancellationToken cancellationToken)
    {
        var updates = new StateRows(partitioner);
        var inserts = new StateRows(partitioner);
        var journal = new JournalRows(partitioner);
        foreach (var item in pending)
        {
            (batch[item].ETag is null ? inserts : updates).Add(item, batch[item]);
            journal.Add(item, batch[item]);
        }
        var statements = new List<(SqlStatement Statement, Func<int, (int Item, string? JournalKey)> Owner, int Rows)>();
        if (updates.Count > 0)
            statements.Add((new SqlStatement(ArrayWriteSql.Updates, updates.Parameters()), updates.Owner, updates.Count));
        if (inserts.Count > 0)
            statements.Add((new SqlStatement(ArrayWriteSql.Inserts, inserts.Parameters()), inserts.Owner, inserts.Count));
        if (journal.Count > 0)
            statements.Add((new SqlStatement(ArrayWriteSql.Journal, journal.Parameters()), journal.Owner, journal.Count));

        var applied = await StatementBatch.QueryIndexesAsync(connection, transaction, [.. statements.Select(s => s.Statement)], cancellationToken);
        var rejected = new Dictionary<int, StateWriteResult>();
        for (var s = 0; s < statements.Count; s++)
        {
            for (var row = 0; row < statements[s].Rows; row++)
            {
                if (applied[s].Contains(row))
                    continue;
                var (item, key) = statements[s].Owner(row);
                rejected.TryAdd(item, key is null ? StateWriteResult.Stale : StateWriteResult.Duplicate(key));
            }
        }
        return rejected;
    }
}
