using Gamification.Testing;

namespace Gamification.Grains.Tests;

/// <summary>One silo per test class on a fresh database; tests use fresh user ids.</summary>
public abstract class SiloFixture(TestStorage storage) : IAsyncLifetime
{
    public TestSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync() => Silo = await TestSilo.StartAsync(storage);

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}

public sealed class SqliteSilo() : SiloFixture(TestStorage.Sqlite);

public sealed class PostgresSilo() : SiloFixture(TestStorage.Postgres);
