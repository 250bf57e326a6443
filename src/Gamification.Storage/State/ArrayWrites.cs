using System.Data.Common;

namespace Gamification.Storage;

/// <summary>
/// A batch's writes as at most three statements whatever its size (PostgreSQL): one per-row statement
/// costs the server a bind, an execution and a reply each, which was most of an award's database time.
/// </summary>
internal static class ArrayWrites
{
    /// <summary>Runs the pending writes inside <paramref name="transaction"/> and returns the rejected ones.</summary>
    public static async Task<Dictionary<int, StateWriteResult>> RunAsync(DbConnection connection, DbTransaction transaction,
        IReadOnlyList<StateWrite> batch, IReadOnlyList<int> pending, CancellationToken cancellationToken)
    {
        var (updates, inserts, journal) = (new StateRows(), new StateRows(), new JournalRows());
        foreach (var item in pending)
        {
            var write = batch[item];
            (write.ETag is null ? inserts : updates).Add(item, write);
            journal.Add(item, write);
        }
        var statements = new (string Sql, IArrayRows Rows)[] { (ArrayWriteSql.Updates, updates), (ArrayWriteSql.Inserts, inserts), (ArrayWriteSql.Journal, journal) }
            .Where(s => s.Rows.Count > 0).ToArray();

        var applied = await StatementBatch.QueryIndexesAsync(connection, transaction, [.. statements.Select(s => new SqlStatement(s.Sql, s.Rows.Parameters()))], cancellationToken);
        var rejected = new Dictionary<int, StateWriteResult>();
        for (var s = 0; s < statements.Length; s++)
        {
            for (var row = 0; row < statements[s].Rows.Count; row++)
            {
                if (applied[s].Contains(row))
                    continue;
                // The state statements come first, so a write refused for its ETag is reported as stale even if its journal rows also clashed.
                var (item, key) = statements[s].Rows.Owner(row);
                rejected.TryAdd(item, key is null ? StateWriteResult.Stale : StateWriteResult.Duplicate(key));
            }
        }
        return rejected;
    }
}
