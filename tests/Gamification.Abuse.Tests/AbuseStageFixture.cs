using Gamification.Abuse;

namespace Gamification.Abuse.Tests;

/// <summary>One silo on a fresh PostgreSQL database with seeded victims, shared by the class.</summary>
public sealed class AbuseStageFixture : IAsyncLifetime
{
    public AbuseStage Stage { get; private set; } = null!;

    public async Task InitializeAsync() => Stage = await AbuseStage.StartAsync();

    public async Task DisposeAsync() => await Stage.DisposeAsync();
}
