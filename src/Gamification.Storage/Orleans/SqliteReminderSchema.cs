namespace Gamification.Storage.Orleans;

/// <summary>
/// The table <see cref="SqliteReminderTable"/> keeps Orleans reminders in (Orleans ships no SQLite reminder script).
/// </summary>
/// <remarks>
/// Times and periods are .NET ticks (100 ns), so a reminder reads back exactly as it was written. GrainHash is
/// <see cref="GrainId.GetUniformHashCode"/> as a non-negative integer (0 to 2^32 - 1, which SQLite's 64-bit INTEGER
/// holds), so ring ranges compare in the same unsigned order Orleans uses. The statements are idempotent and may run
/// inside a migrator's transaction.
/// </remarks>
public static class SqliteReminderSchema
{
    /// <summary>The reminder table's DDL, one statement per entry.</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        """
        CREATE TABLE IF NOT EXISTS OrleansReminders (
            ServiceId TEXT NOT NULL,
            GrainId TEXT NOT NULL,
            ReminderName TEXT NOT NULL,
            StartTimeTicks INTEGER NOT NULL,
            PeriodTicks INTEGER NOT NULL,
            GrainHash INTEGER NOT NULL CHECK (GrainHash BETWEEN 0 AND 4294967295),
            ETag INTEGER NOT NULL,
            PRIMARY KEY (ServiceId, GrainId, ReminderName)) WITHOUT ROWID
        """,
        // Every silo reads its share of the hash ring on start and on every ring change.
        "CREATE INDEX IF NOT EXISTS IX_OrleansReminders_ServiceId_GrainHash ON OrleansReminders (ServiceId, GrainHash)",
    ];
}
