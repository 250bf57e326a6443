namespace Gamification.Storage.Orleans;

/// <summary>Where <see cref="PostgresReminderTable"/> keeps the reminders, and how many upserts one statement carries.</summary>
public sealed class PostgresReminderTableOptions
{
    /// <summary>An Npgsql connection string to the database that holds <c>OrleansRemindersTable</c>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The most registrations written by one statement; more wait for the next one.</summary>
    public int MaxBatchSize { get; set; } = 256;
}
