using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gamification.Storage;

/// <summary>
/// Brings a storage provider's database to the newest schema version (its own tables and the Orleans ones);
/// safe to run from several processes at once. A silo runs it at start by itself; a process without a silo (the
/// gateway) or a test awaits it: from the container (<c>GetRequiredService&lt;JournaledStorageMigrator&gt;()</c>,
/// keyed by provider name for others than the first) or with <see cref="MigrateAsync(JournaledStorageOptions, ILoggerFactory?, CancellationToken)"/>.
/// </summary>
public sealed class JournaledStorageMigrator
{
    private readonly JournaledDatabase _database;

    internal JournaledStorageMigrator(JournaledDatabase database) => _database = database;

    /// <summary>Applies the schema versions the database lacks; returns once it is at the newest.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default) => _database.MigrateAsync(cancellationToken);

    /// <summary>
    /// Migrates the database <paramref name="options"/> name without a container, then closes its connections.
    /// Throws <see cref="OptionsValidationException"/> naming the bad key when the options cannot work.
    /// </summary>
    public static async Task MigrateAsync(JournaledStorageOptions options, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new JournaledStorageOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
            throw new OptionsValidationException(Options.DefaultName, typeof(JournaledStorageOptions), validation.Failures);
        await using var dialect = DatabaseDialect.Create(options.Invariant, options.ConnectionString);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<JournaledStorageMigrator>();
        await new SchemaMigrator(dialect, TimeProvider.System, logger).MigrateAsync(cancellationToken);
    }
}
