using System.Data.Common;

namespace Gamification.Storage;

/// <summary>
/// Runs the statements of one transaction: in one round trip where the provider batches (Npgsql),
/// one after another where it cannot (SQLite, which is in-process anyway).
/// </summary>
internal static class StatementBatch
{
    /// <summary>Runs <paramref name="statements"/> in order and returns each one's rows affected.</summary>
    public static async Task<int[]> ExecuteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<SqlStatement> statements, CancellationToken cancellationToken)
    {
        if (!connection.CanCreateBatch)
        {
            var affected = new int[statements.Count];
            for (var i = 0; i < statements.Count; i++)
                affected[i] = await statements[i].ExecuteAsync(connection, transaction, cancellationToken);
            return affected;
        }
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        var commands = statements.Select(s => s.AddTo(batch)).ToList();
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return [.. commands.Select(c => c.RecordsAffected)];
    }

    /// <summary>Runs <paramref name="statements"/> in order in one round trip and returns the integers each one's rows hold in their first column.</summary>
    public static async Task<HashSet<int>[]> QueryIndexesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<SqlStatement> statements, CancellationToken cancellationToken)
    {
        var results = new HashSet<int>[statements.Count];
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var statement in statements)
            statement.AddTo(batch);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; i < statements.Count; i++)
        {
            results[i] = [];
            while (await reader.ReadAsync(cancellationToken))
                results[i].Add(reader.GetInt32(0));
            await reader.NextResultAsync(cancellationToken);
        }
        return results;
    }
}
