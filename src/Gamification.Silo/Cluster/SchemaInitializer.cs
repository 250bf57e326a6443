using Gamification.Persistence;
using Gamification.Storage;

namespace Gamification.Silo;

/// <summary>The journaled store's migration, for work that runs before the silo's lifecycle migrates it (the first ruleset poll).</summary>
internal sealed class SchemaInitializer(JournaledStorageMigrator migrator) : IStorageInitializer
{
    public Task InitializeAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);
}
