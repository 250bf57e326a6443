namespace Gamification.Storage;

/// <summary>Migrates a storage provider's schema as the silo starts, before any runtime service touches the database.</summary>
internal sealed class SchemaMigrationParticipant(JournaledDatabase database) : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>
    /// Before runtime initialization: membership reads its table from <see cref="ServiceLifecycleStage.RuntimeGrainServices"/>,
    /// reminders and grain storage later still, and all of them must find their tables.
    /// </summary>
    public const int Stage = ServiceLifecycleStage.RuntimeInitialize - 1;

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe($"{nameof(SchemaMigrationParticipant)}-{database.Name}", Stage, database.MigrateAsync, _ => Task.CompletedTask);
}
