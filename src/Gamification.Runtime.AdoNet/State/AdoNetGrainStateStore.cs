using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Gamification.Runtime.AdoNet;

/// <summary>
/// Grain state and journal rows in the database. A batch is one transaction of conditional
/// statements in the key order the batcher sends (<see cref="ArrayWrites"/>, <see cref="RowWrites"/>); writes that are rejected roll the transaction
/// back and the batch runs again without them, so no write's failure costs or half-applies another.
/// </summary>
internal sealed class AdoNetGrainStateStore(DatabaseDialect dialect, GrainPartitioner partitioner, ILogger<AdoNetGrainStateStore> logger) : IGrainStateStore
{
    /// <inheritdoc />
    public async Task<StoredState?> ReadAsync(GrainId grain, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = new SqlStatement($"SELECT etag, payload, updated_at FROM grain_state WHERE {GrainRowKey.Where}",
            GrainRowKey.Parameters(grain, partitioner.GetPartition(grain))).CreateCommand(connection, null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredState(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture), reader.GetString(1), dialect.ReadTime(reader, 2))
            : null;
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
                pending.ForEach(i => results[i] = StateWriteResult.Committed(StateStatements.NextETag(batch[i])));
                break;
            }
            logger.Rerunning(pending.Count, rejected.Count);
            foreach (var (item, result) in rejected)
                results[item] = result;
            pending.RemoveAll(rejected.ContainsKey);
        }
        return results;
    }

    /// <summary>Runs the pending writes in one transaction; commits only if none was rejected, else returns the rejected ones.</summary>
    private async Task<Dictionary<int, StateWriteResult>> TryCommitAsync(IReadOnlyList<StateWrite> batch, List<int> pending, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        var rejected = dialect.BindsArrays
            ? await ArrayWrites.RunAsync(partitioner, connection, transaction, batch, pending, cancellationToken)
            : await RowWrites.RunAsync(dialect, partitioner, connection, transaction, batch, pending, cancellationToken);
        if (rejected.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return rejected;
        }
        await transaction.RollbackAsync(cancellationToken);
        await FindLostLeasesAsync(connection, batch, rejected, cancellationToken);
        return rejected;
    }

    /// <summary>Tells, for fenced writes whose state row was refused, a lost lease from a stale ETag.</summary>
    private async Task FindLostLeasesAsync(DbConnection connection, IReadOnlyList<StateWrite> batch, Dictionary<int, StateWriteResult> rejected, CancellationToken cancellationToken)
    {
        var fenced = rejected.Where(r => r.Value.Status == StateWriteStatus.StaleETag && batch[r.Key].Fence is not null).Select(r => r.Key).ToList();
        if (fenced.Count == 0)
            return;
        var partitions = fenced.Select(i => partitioner.GetPartition(batch[i].Grain)).Distinct().ToList();
        var held = new HashSet<(int Partition, string Owner, long Epoch)>();
        await using (var command = new SqlStatement($"SELECT partition, owner, epoch FROM partition_leases WHERE {dialect.PartitionIn("@partitions")} AND expires_at > now()",
            ("@partitions", dialect.PartitionList(partitions))).CreateCommand(connection, null))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                held.Add((reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2)));
        }
        foreach (var item in fenced)
        {
            var fence = batch[item].Fence!;
            if (!held.Contains((partitioner.GetPartition(batch[item].Grain), fence.SiloId, fence.Epoch)))
                rejected[item] = StateWriteResult.LeaseLost;
        }
    }
}
