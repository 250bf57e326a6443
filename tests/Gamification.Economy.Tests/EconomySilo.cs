using Gamification.Testing;

namespace Gamification.Economy.Tests;

/// <summary>One silo per test class on a fresh database; tests use fresh user ids.</summary>
public abstract class EconomySilo(TestStorage storage) : IAsyncLifetime
{
    public TestSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync() => Silo = await TestSilo.StartAsync(storage);

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}

public sealed class SqliteEconomySilo() : EconomySilo(TestStorage.Sqlite);

public sealed class PostgresEconomySilo() : EconomySilo(TestStorage.Postgres);
