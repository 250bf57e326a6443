using Gamification.Testing;

namespace Gamification.Cluster.Process.Tests;

/// <summary>Three in-process silos on one PostgreSQL database over a static partition map, and a gateway that hosts no grains.</summary>
public sealed class StaticCluster : IAsyncLifetime
{
    public TestApiKey Key { get; } = TestApiKey.For("storybook");

    public string ConnectionString { get; private set; } = "";

    public IReadOnlyList<Uri> SiloEndpoints { get; private set; } = [];

    public IReadOnlyList<InProcessNode> Silos { get; private set; } = [];

    public InProcessNode Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync("staticmap");
        var ports = Enumerable.Range(0, 3).Select(_ => FreePort.Next()).ToList();
        SiloEndpoints = [.. ports.Select(ClusterNodeSettings.SiloEndpoint)];
        var silos = new List<InProcessNode>();
        foreach (var port in ports)
            silos.Add(await InProcessNode.StartAsync(ClusterNodeSettings.Silo(ConnectionString, port, Loopback(), Key, SiloEndpoints), Key));
        Silos = silos;
        Gateway = await InProcessNode.StartAsync(ClusterNodeSettings.Gateway(SiloEndpoints, Loopback(), Key), Key);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        foreach (var silo in Silos)
            await silo.DisposeAsync();
    }

    public static Uri Loopback() => new($"http://127.0.0.1:{FreePort.Next()}");
}
