using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace Gamification.Runtime.AdoNet;

/// <summary>
/// The membership and lease tables on PostgreSQL. Expiry and heartbeat ages use the database's <c>now()</c>, so
/// silos never compare their own clocks; acquisition skips rows another transaction holds instead of waiting on them.
/// </summary>
internal sealed class AdoNetClusterStore(DatabaseDialect dialect, ILogger<AdoNetClusterStore> logger) : IClusterStore
{
    /// <inheritdoc />
    public Task PrepareAsync(int partitionCount, CancellationToken cancellationToken) => ExecuteAsync(new("""
        INSERT INTO partition_leases (partition, owner, epoch, expires_at)
        SELECT p, '', 0, '-infinity' FROM generate_series(0, @count - 1) AS p
        ON CONFLICT DO NOTHING
        """, ("@count", partitionCount)), cancellationToken);

    /// <inheritdoc />
    public Task RegisterAsync(SiloAddress silo, DateTimeOffset startedAt, CancellationToken cancellationToken) => ExecuteAsync(new("""
        INSERT INTO silo_membership (silo_id, address, generation, started_at, status, heartbeat_at)
        VALUES (@id, @address, @generation, @started_at, 'Joining', now())
        ON CONFLICT (silo_id) DO UPDATE SET status = 'Joining', heartbeat_at = now()
        """, ("@id", silo.ToString()), ("@address", silo.Endpoint.ToString()), ("@generation", silo.Generation), ("@started_at", startedAt.ToUniversalTime())),
        cancellationToken);

    /// <inheritdoc />
    public async Task<bool> HeartbeatAsync(SiloAddress silo, SiloState state, SiloLoad load, TimeSpan deadAfter, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var beat = new SqlStatement("""
            WITH before AS (SELECT status FROM silo_membership WHERE silo_id = @id)
            UPDATE silo_membership SET heartbeat_at = now(), status = @status,
                activations = @activations, cpu_percent = @cpu, memory_bytes = @memory
            WHERE silo_id = @id
            RETURNING (SELECT status FROM before)
            """, ("@id", silo.ToString()), ("@status", state.ToString()), ("@activations", load.Activations), ("@cpu", load.CpuPercent), ("@memory", load.MemoryBytes))
            .CreateCommand(connection, transaction);
        var before = await beat.ExecuteScalarAsync(cancellationToken) as string;
        if (before is null)
        {
            // The row was deleted (a day declared dead): the silo registers again rather than beat invisibly.
            await new SqlStatement("""
                INSERT INTO silo_membership (silo_id, address, generation, started_at, status, heartbeat_at)
                VALUES (@id, @address, @generation, now(), @status, now()) ON CONFLICT (silo_id) DO NOTHING
                """, ("@id", silo.ToString()), ("@address", silo.Endpoint.ToString()), ("@generation", silo.Generation), ("@status", state.ToString()))
                .ExecuteAsync(connection, transaction, cancellationToken);
        }
        await new SqlStatement("""
            UPDATE silo_membership SET status = 'Dead'
            WHERE status IN ('Joining', 'Active', 'ShuttingDown') AND heartbeat_at < now() - @dead_after AND silo_id <> @id
            """, ("@id", silo.ToString()), ("@dead_after", deadAfter)).ExecuteAsync(connection, transaction, cancellationToken);
        // Rows of silos gone for a day only clutter the dashboard.
        await new SqlStatement("DELETE FROM silo_membership WHERE status IN ('Dead', 'Stopped') AND heartbeat_at < now() - interval '1 day'")
            .ExecuteAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return before is not null and not nameof(SiloState.Dead);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyCollection<int>> RenewAsync(SiloAddress silo, IReadOnlyCollection<int> partitions, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        var renewed = new List<int>(partitions.Count);
        await foreach (var row in QueryAsync(new("""
            UPDATE partition_leases SET expires_at = now() + @duration
            WHERE owner = @id AND partition = ANY(@partitions) AND expires_at > now()
            RETURNING partition
            """, ("@id", silo.ToString()), ("@partitions", partitions.ToArray()), ("@duration", leaseDuration)), cancellationToken))
            renewed.Add(row.GetInt32(0));
        return renewed;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AcquiredLease>> AcquireAsync(SiloAddress silo, IReadOnlyCollection<int> partitions, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        var acquired = new List<AcquiredLease>();
        await foreach (var row in QueryAsync(new("""
            UPDATE partition_leases SET owner = @id, epoch = epoch + 1, expires_at = now() + @duration
            WHERE partition IN (
                SELECT partition FROM partition_leases
                WHERE partition = ANY(@partitions) AND expires_at <= now()
                ORDER BY partition FOR UPDATE SKIP LOCKED)
            AND expires_at <= now()
            RETURNING partition, epoch
            """, ("@id", silo.ToString()), ("@partitions", partitions.ToArray()), ("@duration", leaseDuration)), cancellationToken))
            acquired.Add(new AcquiredLease(row.GetInt32(0), row.GetInt64(1)));
        if (acquired.Count < partitions.Count)
            await EndStuckHoldersAsync(partitions, leaseDuration, cancellationToken);
        return acquired;
    }

    /// <summary>
    /// Ends the sessions that keep expired leases locked, so that the next acquisition can take them. A silo frozen
    /// halfway through sending a batch (SIGSTOP, a stalled VM) leaves its transaction open with its fence locks held,
    /// and the server's idle-in-transaction timeout never fires: the session is still waiting for the rest of the batch.
    /// Only client sessions (never autovacuum) whose transaction is older than a lease and holds locks on the lease
    /// table are ended, and only while one of the wanted partitions has been expired for that long. A live silo's
    /// transactions last milliseconds, and a silo whose lease expired can commit nothing anyway, so ending one loses
    /// no acknowledged write.
    /// </summary>
    private async Task EndStuckHoldersAsync(IReadOnlyCollection<int> partitions, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = new SqlStatement("""
            SELECT count(pg_terminate_backend(a.pid))::int FROM pg_stat_activity a
            WHERE EXISTS (SELECT 1 FROM partition_leases WHERE partition = ANY(@partitions) AND expires_at < now() - @stale)
              AND a.backend_type = 'client backend' AND a.datname = current_database() AND a.usename = current_user AND a.pid <> pg_backend_pid()
              AND a.xact_start < now() - @stale
              AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.granted AND l.relation = 'partition_leases'::regclass)
            """, ("@partitions", partitions.ToArray()), ("@stale", leaseDuration)).CreateCommand(connection, null);
        var ended = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (ended > 0)
            logger.EndedStuckLeaseHolders(ended, leaseDuration);
    }

    /// <inheritdoc />
    public Task ReleaseAsync(SiloAddress silo, IReadOnlyCollection<int> partitions, CancellationToken cancellationToken) => ExecuteAsync(new("""
        UPDATE partition_leases SET expires_at = '-infinity' WHERE owner = @id AND partition = ANY(@partitions)
        """, ("@id", silo.ToString()), ("@partitions", partitions.ToArray())), cancellationToken);

    /// <inheritdoc />
    public Task SetStateAsync(SiloAddress silo, SiloState state, CancellationToken cancellationToken) => ExecuteAsync(new(
        "UPDATE silo_membership SET status = @status WHERE silo_id = @id", ("@id", silo.ToString()), ("@status", state.ToString())), cancellationToken);

    /// <inheritdoc />
    public async Task<ClusterSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        // One transaction: both tables and the clock as of one instant.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var silos = new List<SiloStatus>();
        var readAt = DateTimeOffset.MinValue;
        await using (var command = new SqlStatement("""
            SELECT m.address, m.generation, m.status, m.started_at, m.heartbeat_at, m.activations, m.cpu_percent, m.memory_bytes,
                (SELECT count(*) FROM partition_leases l WHERE l.owner = m.silo_id AND l.expires_at > now())::int, now()
            FROM silo_membership m ORDER BY m.started_at DESC, m.silo_id
            """).CreateCommand(connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                silos.Add(new SiloStatus(Address(reader, 0), Enum.Parse<SiloState>(reader.GetString(2)), reader.GetFieldValue<DateTimeOffset>(3),
                    reader.GetFieldValue<DateTimeOffset>(4), reader.GetInt32(8), reader.GetInt32(5), reader.GetDouble(6), reader.GetInt64(7)));
                readAt = reader.GetFieldValue<DateTimeOffset>(9);
            }
        }
        var leases = new List<PartitionLease>();
        await using (var command = new SqlStatement("""
            SELECT l.partition, l.epoch, l.expires_at > now(), m.address, m.generation, now()
            FROM partition_leases l LEFT JOIN silo_membership m ON m.silo_id = l.owner ORDER BY l.partition
            """).CreateCommand(connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                leases.Add(new PartitionLease(reader.GetInt32(0), reader.IsDBNull(3) ? null : Address(reader, 3), reader.GetInt64(1), reader.GetBoolean(2)));
                readAt = reader.GetFieldValue<DateTimeOffset>(5);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return new ClusterSnapshot(leases, silos, readAt);
    }

    private static SiloAddress Address(DbDataReader reader, int ordinal) => new(new Uri(reader.GetString(ordinal)), reader.GetInt64(ordinal + 1));

    private async Task ExecuteAsync(SqlStatement statement, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await statement.ExecuteAsync(connection, null, cancellationToken);
    }

    private async IAsyncEnumerable<DbDataReader> QueryAsync(SqlStatement statement, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = statement.CreateCommand(connection, null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return reader;
    }
}
