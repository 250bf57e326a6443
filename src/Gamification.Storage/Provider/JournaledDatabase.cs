using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Gamification.Storage;

/// <summary>
/// Everything one named storage provider holds on its database: the dialect (and so the connection pool), the
/// state store and its group-commit writer, the read-side queries and the schema migrator. One per provider name.
/// </summary>
internal sealed class JournaledDatabase : IAsyncDisposable, IDisposable
{
    private readonly GroupCommitInstruments _instruments;
    private readonly ILogger _logger;

    public JournaledDatabase(string name, JournaledStorageOptions options, TimeProvider clock, ILoggerFactory loggers, IMeterFactory? meters)
    {
        Name = name;
        _logger = loggers.CreateLogger<JournaledGrainStorage>();
        Dialect = DatabaseDialect.Create(options.Invariant, options.ConnectionString);
        Partitioner = new KeyPartitioner(options.PartitionCount);
        Json = new StateJson(options.SerializerOptions, options.DeserializerOptions);
        Store = new AdoNetStateStore(Dialect, loggers.CreateLogger<AdoNetStateStore>());
        _instruments = new GroupCommitInstruments(meters);
        Writer = new StateWriteBatcher(Store, options.GroupCommit, clock, _instruments, loggers.CreateLogger<StateWriteBatcher>());
        Journal = new AdoNetJournalReader(Dialect, Partitioner);
        Query = new AdoNetGrainStateQuery(Dialect, Store, Partitioner);
        Migrator = new SchemaMigrator(Dialect, clock, loggers.CreateLogger<SchemaMigrator>());
    }

    /// <summary>The storage provider's name.</summary>
    public string Name { get; }

    public DatabaseDialect Dialect { get; }

    public KeyPartitioner Partitioner { get; }

    public StateJson Json { get; }

    public AdoNetStateStore Store { get; }

    public StateWriteBatcher Writer { get; }

    public AdoNetJournalReader Journal { get; }

    public AdoNetGrainStateQuery Query { get; }

    public SchemaMigrator Migrator { get; }

    /// <summary>Brings the schema to the newest version; logs and rethrows a failure, which stops the silo's start.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Migrator.MigrateAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.MigrationFailed(Name, Dialect.Name, e);
            throw;
        }
    }

    /// <summary>Lets the writer commit what is queued, then closes the pool.</summary>
    public async Task StopWriterAsync()
    {
        await Writer.StopAsync();
        _logger.WriterStopped(Name);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // The writer first: queued writes still need the pool.
        await Writer.DisposeAsync();
        _instruments.Dispose();
        await Dialect.DisposeAsync();
    }

    /// <inheritdoc />
    /// <remarks>For containers disposed synchronously (a plain <c>using</c>), which refuse async-only singletons.</remarks>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
