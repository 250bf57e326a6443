using Microsoft.Extensions.Options;
using Npgsql;

namespace Gamification.Storage.Orleans;

/// <summary>Stops the silo at start, naming the option, when <see cref="PostgresReminderTableOptions"/> cannot work.</summary>
internal sealed class PostgresReminderTableOptionsValidator(IOptions<PostgresReminderTableOptions> options) : IConfigurationValidator
{
    private const string Prefix = nameof(PostgresReminderTableOptions);

    public void ValidateConfiguration()
    {
        var value = options.Value;
        if (string.IsNullOrWhiteSpace(value.ConnectionString))
            throw new OrleansConfigurationException($"{Prefix}.{nameof(value.ConnectionString)} is required: an Npgsql connection string to the reminders' database.");
        try
        {
            _ = new NpgsqlConnectionStringBuilder(value.ConnectionString);
        }
        catch (ArgumentException e)
        {
            throw new OrleansConfigurationException($"{Prefix}.{nameof(value.ConnectionString)} is not an Npgsql connection string: {e.Message}");
        }
        if (value.MaxBatchSize < 1)
            throw new OrleansConfigurationException($"{Prefix}.{nameof(value.MaxBatchSize)} must be at least 1, not {value.MaxBatchSize}.");
    }
}
