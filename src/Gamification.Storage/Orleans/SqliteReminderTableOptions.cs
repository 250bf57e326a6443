namespace Gamification.Storage.Orleans;

/// <summary>Where <see cref="SqliteReminderTable"/> keeps the reminders.</summary>
public sealed class SqliteReminderTableOptions
{
    /// <summary>
    /// A connection string to the SQLite file, in Microsoft.Data.Sqlite's spelling (<c>Data Source=/var/lib/silo/reminders.db</c>)
    /// or System.Data.SQLite's. Its <c>Default Timeout</c> (seconds, 30 when absent) is also how long a write waits for
    /// another writer of the file.
    /// </summary>
    public string ConnectionString { get; set; } = "";
}
