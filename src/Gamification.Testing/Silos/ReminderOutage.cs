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
    private const string Refusal = "'the reminder table is down (a test outage)'";

    private static readonly (string Begin, string End) Postgres = ($"""
        CREATE FUNCTION reminder_outage() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION {Refusal}; END $$;
        CREATE TRIGGER reminder_outage BEFORE INSERT OR UPDATE OR DELETE ON OrleansRemindersTable
        FOR EACH ROW EXECUTE FUNCTION reminder_outage();
        """,
        "DROP TRIGGER reminder_outage ON OrleansRemindersTable; DROP FUNCTION reminder_outage();");

    // SQLite triggers take one event each.
    private static readonly (string Begin, string End) Sqlite = (
        string.Concat(new[] { "INSERT", "UPDATE", "DELETE" }.Select(e =>
            $"CREATE TRIGGER reminder_outage_{e} BEFORE {e} ON OrleansReminders BEGIN SELECT RAISE(ABORT, {Refusal}); END;")),
        "DROP TRIGGER reminder_outage_INSERT; DROP TRIGGER reminder_outage_UPDATE; DROP TRIGGER reminder_outage_DELETE;");

    private readonly TestSilo silo;

    private ReminderOutage(TestSilo silo) => this.silo = silo;

    private (string Begin, string End) Sql => silo.Storage == TestStorage.Postgres ? Postgres : Sqlite;

    public static async Task<ReminderOutage> BeginAsync(TestSilo silo)
    {
        var outage = new ReminderOutage(silo);
        await outage.RunAsync(outage.Sql.Begin);
        return outage;
    }

    public async ValueTask DisposeAsync() => await RunAsync(Sql.End);

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
