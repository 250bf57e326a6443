using Npgsql;

namespace Gamification.Abuse;

/// <summary>
/// A digest of everything the silo stores (state, ledger, reminders), read with plain SQL: equal
/// digests before and after the campaign mean it changed nothing.
/// </summary>
public static class StoreFingerprint
{
    private const string StateAndLedger = """
        SELECT (SELECT count(*) || ':' || coalesce(md5(string_agg(grain_type || '/' || grain_key || '#' || etag || payload::text, ',' ORDER BY grain_type, grain_key)), '') FROM grain_state)
            || ' ' || (SELECT count(*) || ':' || coalesce(md5(string_agg(grain_type || '/' || grain_key || '#' || seq || idempotency_key || payload::text, ',' ORDER BY grain_type, grain_key, seq)), '') FROM grain_journal)
        """;

    // Orleans's reminder table (OrleansRemindersTable); its Version column moves on every upsert of an unchanged reminder, so it is left out.
    private const string Reminders = """
        SELECT count(*) || ':' || coalesce(md5(string_agg(serviceid || '/' || grainid || '/' || remindername || '@' || starttime::text || '/' || period, ',' ORDER BY serviceid, grainid, remindername)), '')
        FROM orleansreminderstable
        """;

    public static async Task<string> ReadAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(StateAndLedger, connection);
        var digest = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        // The table exists once the silo's migration has created Orleans's tables.
        await using var exists = new NpgsqlCommand("SELECT to_regclass('orleansreminderstable') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            return digest + " no-reminder-table";
        await using var reminders = new NpgsqlCommand(Reminders, connection);
        return digest + " " + (string)(await reminders.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Waits until the store stops changing on its own (a starting silo adopts its presets in the background), so a
    /// campaign's "before" is not taken mid-start.
    /// </summary>
    public static async Task SettledAsync(string connectionString, TimeSpan within)
    {
        var deadline = DateTimeOffset.UtcNow + within;
        var last = await ReadAsync(connectionString);
        while (DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(750));
            var now = await ReadAsync(connectionString);
            if (now == last)
                return;
            last = now;
        }
        throw new TimeoutException($"The store kept changing for {within} after the silo started");
    }
}
