using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gamification.Testing;

/// <summary>
/// The silo's reminder table refusing every write until disposed, through a trigger in its real database:
/// an outage of the reminder store alone, while grain state stays writable.
/// </summary>
public sealed class ReminderOutage : IAsyncDisposable
{
    private const string PostgresBegin = """
        CREATE FUNCTION reminder_outage() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the reminder table is down (a test outage)'; END $$;
        CREATE TRIGGER reminder_outage BEFORE INSERT OR UPDATE OR DELETE ON OrleansRemindersTable
        FOR EACH ROW EXECUTE FUNCTION reminder_outage();
        """;

    private const string PostgresEnd = "DROP TRIGGER reminder_outage ON OrleansRemindersTable; DROP FUNCTION reminder_outage();";

    private const string SqliteBegin = """
        CREATE TRIGGER reminder_outage_insert BEFORE INSERT ON OrleansReminders BEGIN SELECT RAISE(ABORT, 'the reminder table is down (a test outage)'); END;
        CREATE TRIGGER reminder_outage_update BEFORE UPDATE ON OrleansReminders BEGIN SELECT RAISE(ABORT, 'the reminder table is down (a test outage)'); END;
        CREATE TRIGGER reminder_outage_delete BEFORE DELETE ON OrleansReminders BEGIN SELECT RAISE(ABORT, 'the reminder table is down (a test outage)'); END;
        """;

    private const string SqliteEnd = "DROP TRIGGER reminder_outage_insert; DROP TRIGGER reminder_outage_update; DROP TRIGGER reminder_outage_delete;";

    private readonly TestSilo silo;

    private ReminderOutage(TestSilo silo) => this.silo = silo;

    public static async Task<ReminderOutage> BeginAsync(TestSilo silo)
    {
        var outage = new ReminderOutage(silo);
        await outage.RunAsync(silo.Storage == TestStorage.Postgres ? PostgresBegin : SqliteBegin);
        return outage;
    }

    public async ValueTask DisposeAsync() => await RunAsync(silo.Storage == TestStorage.Postgres ? PostgresEnd : SqliteEnd);

    private async Task RunAsync(string sql)
    {
        await using DbConnection connection = silo.Storage == TestStorage.Postgres
            ? new NpgsqlConnection(silo.ConnectionString)
            : new SqliteConnection(silo.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
