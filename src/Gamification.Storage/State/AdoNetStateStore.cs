using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Gamification.Storage;

/// <summary>
/// Grain state and journal rows in the database. A batch is one transaction of conditional statements in the key
/// order the batcher sends (<see cref="ArrayWrites"/>, <see cref="RowWrites"/>); writes that are rejected roll the
/// transaction back and the batch runs again without them, so no write's failure costs or half-applies another.
/// </summary>
internal sealed class AdoNetStateStore(DatabaseDialect dialect, ILogger logger) : IStateBatchStore
{
    /// <summary>The stored state of the grain of <paramref name="row"/>, or null when it has none.</summary>
    public async Task<StoredState?> ReadAsync(GrainRow row, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = new SqlStatement($"SELECT etag, payload, updated_at FROM grain_state WHERE {GrainRow.Where}", row.Parameters())
            .CreateCommand(connection, null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredState(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture), reader.GetString(1), dialect.ReadTime(reader, 2))
            : null;
    }

    /// <summary>Deletes the state row of <paramref name="row"/> if it is still at <paramref name="etag"/>; journal rows stay. False when it was not.</summary>
    public async Task<bool> DeleteAsync(GrainRow row, long etag, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        var deleted = await new SqlStatement($"DELETE FROM grain_state WHERE {GrainRow.Where} AND etag = @etag", [.. row.Parameters(), ("@etag", etag)])
            .ExecuteAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StateWriteResult>> WriteAsync(IReadOnlyList<StateWrite> batch, CancellationToken cancellationToken)
    {
        try
        {
            return await CommitAsync(batch, cancellationToken);
        }
        catch (DbException e) when (!e.IsTransient && batch.Count > 1)
        {
            // A statement error (bad data) fails every batch its write is in: writing each alone confines it to that write.
            logger.Isolating(batch.Count, e);
            var results = new List<StateWriteResult>(batch.Count);
            foreach (var write in batch)
                results.Add(await WriteAloneAsync(write, cancellationToken));
            return results;
        }
    }

    private async Task<StateWriteResult> WriteAloneAsync(StateWrite write, CancellationToken cancellationToken)
    {
        try
        {
            return (await CommitAsync([write], cancellationToken))[0];
        }
        catch (DbException e) when (!e.IsTransient)
        {
            return StateWriteResult.Failed(e);
        }
    }

    private async Task<StateWriteResult[]> CommitAsync(IReadOnlyList<StateWrite> batch, CancellationToken cancellationToken)
    {
        var results = new StateWriteResult[batch.Count];
        var pending = Enumerable.Range(0, batch.Count).ToList();
        while (pending.Count > 0)
        {
            var rejected = await TryCommitAsync(batch, pending, cancellationToken);
            if (rejected.Count == 0)
            {
                pending.ForEach(i => results[i] = StateWriteResult.Committed(batch[i].NextVersion));
                break;
            }
            logger.Rerunning(pending.Count, rejected.Count);
            foreach (var (item, result) in rejected)
                results[item] = result;
            pending.RemoveAll(rejected.ContainsKey);
        }
        return results;
    }

    /// <summary>Runs the pending writes in one transaction; commits only if none was rejected, else rolls back and returns the rejected ones.</summary>
    private async Task<Dictionary<int, StateWriteResult>> TryCommitAsync(IReadOnlyList<StateWrite> batch, List<int> pending, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        var rejected = dialect.BindsArrays
            ? await ArrayWrites.RunAsync(connection, transaction, batch, pending, cancellationToken)
            : await RowWrites.RunAsync(dialect, connection, transaction, batch, pending, cancellationToken);
        if (rejected.Count == 0)
            await transaction.CommitAsync(cancellationToken);
        else
            await transaction.RollbackAsync(cancellationToken);
        return rejected;
    }
}
