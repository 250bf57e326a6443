using Microsoft.Extensions.Options;

namespace Gamification.Storage.Orleans;

/// <summary>Stops the silo at start, naming the option, when <see cref="SqliteReminderTableOptions"/> cannot work.</summary>
internal sealed class SqliteReminderTableOptionsValidator(IOptions<SqliteReminderTableOptions> options) : IConfigurationValidator
{
    private const string Key = $"{nameof(SqliteReminderTableOptions)}.{nameof(SqliteReminderTableOptions.ConnectionString)}";

    public void ValidateConfiguration()
    {
        var connectionString = options.Value.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new OrleansConfigurationException($"{Key} is required: a connection string to the SQLite file that keeps the reminders, e.g. \"Data Source=reminders.db\".");
        var file = SqliteConnectionStrings.DataSource(connectionString);
        if (file is null)
            throw new OrleansConfigurationException($"{Key} names no SQLite file (no Data Source).");
        // Every connection to ":memory:" is a new, empty database: reminders would vanish between two calls.
        if (file.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
            throw new OrleansConfigurationException($"{Key} names an in-memory database, which each connection sees empty; name a file.");
    }
}
