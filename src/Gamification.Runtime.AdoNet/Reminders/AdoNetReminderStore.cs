using System.Data.Common;

namespace Gamification.Runtime.AdoNet;

/// <summary>Reminder rows, read by due time through the due_at index, never as a whole table.</summary>
internal sealed partial class AdoNetReminderStore(DatabaseDialect dialect, GrainPartitioner partitioner) : IReminderStore
{
    /// <inheritdoc />
    public Task UpsertAsync(ReminderEntry reminder, CancellationToken cancellationToken) => ExecuteAsync(Upsert(reminder), cancellationToken);

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(GrainId grain, string name, CancellationToken cancellationToken) =>
        await ExecuteAsync(Delete(grain, name), cancellationToken) > 0;

    /// <inheritdoc />
    public async Task WriteAsync(IReadOnlyList<ReminderChange> changes, CancellationToken cancellationToken)
    {
        var statements = changes.Select(c => c.Registration is { } reminder ? Upsert(reminder) : Delete(c.Grain, c.Name)).ToList();
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        await FenceAsync(connection, transaction, changes, cancellationToken);
        await StatementBatch.ExecuteAsync(connection, transaction, statements, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReminderEntry>> ReadDueAsync(DateTimeOffset dueBy, IReadOnlyCollection<int> partitions, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = new SqlStatement($"""
            SELECT grain_type, grain_key, name, due_at, period FROM reminders
            WHERE due_at <= @due_by AND {dialect.PartitionIn("@partitions")}
            ORDER BY due_at LIMIT @limit
            """, ("@due_by", dialect.Time(dueBy)), ("@partitions", dialect.PartitionList(partitions)), ("@limit", limit)).CreateCommand(connection, null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var due = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken))
            due.Add(Read(reader));
        return due;
    }

    /// <inheritdoc />
    public Task<bool> AdvanceAsync(ReminderEntry fired, DateTimeOffset nextDueAt, CancellationToken cancellationToken) =>
        AdvanceAsync(fired, nextDueAt, null, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> AdvanceAsync(ReminderEntry fired, DateTimeOffset nextDueAt, LeaseFence? fence, CancellationToken cancellationToken) =>
        await ExecuteAsync(new SqlStatement($"""
            UPDATE reminders SET due_at = @next_due_at, last_fired_at = @due_at
            WHERE {GrainRowKey.Where} AND name = @name AND due_at = @due_at AND period = @period{(fence is null ? "" : $" AND {LeaseFenceSql.Condition}")}
            """, [.. Row(fired), ("@next_due_at", dialect.Time(nextDueAt)), .. fence is null ? [] : LeaseFenceSql.Parameters(fence)]), cancellationToken) > 0;

    /// <summary>
    /// Share-locks the leases of the fenced changes' partitions, one row per distinct partition, and refuses the whole
    /// transaction when this silo no longer holds one of them at the fenced epoch.
    /// </summary>
    private async Task FenceAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<ReminderChange> changes, CancellationToken cancellationToken)
    {
        var fenced = changes.Where(c => c.Fence is not null).Select(c => (Partition: partitioner.GetPartition(c.Grain), c.Fence!)).Distinct().ToList();
        if (fenced.Count == 0)
            return;
        var held = new HashSet<(int, LeaseFence)>();
        await using (var command = new SqlStatement($"""
            SELECT partition, owner, epoch FROM partition_leases
            WHERE {dialect.PartitionIn("@partitions")} AND expires_at > now() ORDER BY partition FOR KEY SHARE
            """, ("@partitions", dialect.PartitionList([.. fenced.Select(f => f.Partition).Distinct()]))).CreateCommand(connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
                held.Add((reader.GetInt32(0), new LeaseFence(reader.GetString(1), reader.GetInt64(2))));
        }
        var lost = fenced.Where(f => !held.Contains(f)).Select(f => f.Partition).ToList();
        if (lost.Count > 0)
            throw new InvalidOperationException($"This silo no longer holds the lease of partitions {string.Join(", ", lost)}; the reminder changes were not written.");
    }

    private SqlStatement Upsert(ReminderEntry reminder) => new("""
        INSERT INTO reminders (partition, grain_type, grain_key, name, due_at, period)
        VALUES (@partition, @grain_type, @grain_key, @name, @due_at, @period)
        ON CONFLICT (partition, grain_type, grain_key, name) DO UPDATE SET due_at = excluded.due_at, period = excluded.period
        """, Row(reminder));

    private SqlStatement Delete(GrainId grain, string name) => new($"DELETE FROM reminders WHERE {GrainRowKey.Where} AND name = @name",
        [.. GrainRowKey.Parameters(grain, partitioner.GetPartition(grain)), ("@name", name)]);

    private (string Name, object Value)[] Row(ReminderEntry reminder) =>
        [.. GrainRowKey.Parameters(reminder.Grain, partitioner.GetPartition(reminder.Grain)),
            ("@name", reminder.Name), ("@due_at", dialect.Time(reminder.DueAt)), ("@period", dialect.Period(reminder.Period))];

    private ReminderEntry Read(DbDataReader row) =>
        new(new GrainId(row.GetString(0), row.GetString(1)), row.GetString(2), dialect.ReadTime(row, 3), dialect.ReadPeriod(row, 4));

    private async Task<int> ExecuteAsync(SqlStatement statement, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        var affected = await statement.ExecuteAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return affected;
    }
}
