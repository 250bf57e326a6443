using Gamification.Client;
using Gamification.Testing;

namespace Gamification.Client.Tests;

/// <summary>A .NET service's view: a silo in its process, reached only through <see cref="IGamificationClient"/>.</summary>
public sealed class EmbeddedSilo : IAsyncLifetime
{
    private TestSilo silo = null!;

    public IGamificationClient Client => silo.Client;

    public async Task InitializeAsync() => silo = await TestSilo.StartAsync(TestStorage.Sqlite);

    public async Task DisposeAsync() => await silo.DisposeAsync();
}
