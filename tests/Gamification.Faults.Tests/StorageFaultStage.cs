using Gamification.Faults;

namespace Gamification.Faults.Tests;

/// <summary>One 3-silo cluster on a PostgreSQL server of its own (the restart test restarts it), shared by the class.</summary>
public sealed class StorageFaultStage : IAsyncLifetime
{
    public FaultStage Stage { get; private set; } = null!;

    public async Task InitializeAsync() => Stage = await FaultStage.StartAsync(ownPostgres: true);

    public async Task DisposeAsync() => await Stage.DisposeAsync();
}
