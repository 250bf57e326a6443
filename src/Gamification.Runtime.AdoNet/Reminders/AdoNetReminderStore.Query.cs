using System.Data.Common;
using System.Globalization;

namespace Gamification.Runtime.AdoNet;

/// <summary>The dashboard's reminder reads: ranges of the due_at index and the top of the last_fired_at index.</summary>
internal sealed partial class AdoNetReminderStore : IReminderQuery
{
    /// <inheritdoc />
    public async Task<int> CountDueAsync(DateTimeOffset after, DateTimeOffset dueBy, int countLimit, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        // Counting a bounded sub-select keeps a huge backlog from scanning the whole index.
        await using var command = new SqlStatement("""
            SELECT COUNT(*) FROM (SELECT 1 FROM reminders WHERE due_at > @after AND due_at <= @due_by LIMIT @limit) AS due
            """, ("@after", dialect.Time(after)), ("@due_by", dialect.Time(dueBy)), ("@limit", countLimit)).CreateCommand(connection, null);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderRow>> ReadDueAsync(DateTimeOffset after, DateTimeOffset dueBy, int limit, CancellationToken cancellationToken) =>
        ReadRowsAsync(new SqlStatement("""
            SELECT grain_type, grain_key, name, due_at, period, last_fired_at FROM reminders
            WHERE due_at > @after AND due_at <= @due_by ORDER BY due_at LIMIT @limit
            """, ("@after", dialect.Time(after)), ("@due_by", dialect.Time(dueBy)), ("@limit", limit)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderRow>> ReadLastFiredAsync(int limit, CancellationToken cancellationToken) =>
        ReadRowsAsync(new SqlStatement("""
            SELECT grain_type, grain_key, name, due_at, period, last_fired_at FROM reminders
            WHERE last_fired_at IS NOT NULL ORDER BY last_fired_at DESC LIMIT @limit
            """, ("@limit", limit)), cancellationToken);

    private async Task<IReadOnlyList<ReminderRow>> ReadRowsAsync(SqlStatement statement, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = statement.CreateCommand(connection, null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ReminderRow>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(ReadRow(reader));
        return rows;
    }

    private ReminderRow ReadRow(DbDataReader row) => new(Read(row), row.IsDBNull(5) ? null : dialect.ReadTime(row, 5));
}
