using System.Data.Common;

namespace Gamification.Storage;

/// <summary>
/// A batch's writes as one statement per state row and per journal row (SQLite, which is in-process and
/// cannot bind arrays). A statement that affects no row is the write's rejection.
/// </summary>
internal static class RowWrites
{
    /// <summary>Runs the pending writes inside <paramref name="transaction"/> and returns the rejected ones.</summary>
    public static async Task<Dictionary<int, StateWriteResult>> RunAsync(DatabaseDialect dialect, DbConnection connection,
        DbTransaction transaction, IReadOnlyList<StateWrite> batch, IReadOnlyList<int> pending, CancellationToken cancellationToken)
    {
        var statements = new List<SqlStatement>();
        var owners = new List<(int Item, string? JournalKey)>();
        foreach (var item in pending)
        {
            var write = batch[item];
            statements.Add(StateStatements.State(dialect, write));
            owners.Add((item, null));
            statements.AddRange(write.Journal.Select(entry => StateStatements.Journal(dialect, write, entry)));
            owners.AddRange(write.Journal.Select(entry => (item, (string?)entry.IdempotencyKey)));
        }
        var affected = await StatementBatch.ExecuteAsync(connection, transaction, statements, cancellationToken);
        var rejected = new Dictionary<int, StateWriteResult>();
        for (var i = 0; i < statements.Count; i++)
        {
            if (affected[i] == 0)
                rejected.TryAdd(owners[i].Item, owners[i].JournalKey is { } key ? StateWriteResult.Duplicate(key) : StateWriteResult.Stale);
        }
        return rejected;
    }
}
