using System.Net;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Gamification.Storage.Tests.Orleans;

/// <summary>
/// One real silo in this process, on free loopback ports, configured by the test (clustering, reminders, storage).
/// </summary>
internal sealed class ProbeSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private ProbeSilo(IHost host, string clusterId, string serviceId, int siloPort, int gatewayPort)
    {
        _host = host;
        ClusterId = clusterId;
        ServiceId = serviceId;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    public string ClusterId { get; }

    public string ServiceId { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts a silo; <paramref name="configure"/> gets the silo builder, its ports and cluster already set.</summary>
    public static async Task<ProbeSilo> StartAsync(string clusterId, string serviceId, Action<ISiloBuilder, int, int> configure)
    {
        var siloPort = FreePort.Next();
        var gatewayPort = FreePort.Next();
        // No default sources: nothing from the environment or an appsettings file may change what the test set up.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = serviceId;
            });
            silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort);
            configure(silo, siloPort, gatewayPort);
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new ProbeSilo(host, clusterId, serviceId, siloPort, gatewayPort);
    }

    /// <summary>Starts an external client (its own host) configured by <paramref name="configure"/>.</summary>
    public static async Task<IHost> StartClientAsync(string clusterId, string serviceId, Action<IClientBuilder> configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = serviceId;
            });
            configure(client);
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
