using Gamification.Runtime;
using Gamification.Runtime.AdoNet;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gamification.Cluster.Tests;

/// <summary>One cluster silo in the test process: grains, PostgreSQL storage, membership and leases; no transport.</summary>
public sealed class ClusterSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private ClusterSilo(IHost host) => _host = host;

    public IPartitionDirectory Directory => Get<IPartitionDirectory>();

    /// <summary>This silo's own grain factory: calls run on its local catalog, which refuses grains it does not hold.</summary>
    public IGrainFactory Grains => Get<IGrainFactory>();

    public ClusterFaults Faults => Get<ClusterFaults>();

    public TickLog Ticks => Get<TickLog>();

    public SiloAddress Address => Directory.Local;

    public static async Task<ClusterSilo> StartAsync(string connectionString, int number, Action<ClusterOptions>? timings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TickLog>();
        builder.Services.AddGrainRuntime(o =>
        {
            o.MinimumReminderPeriod = TimeSpan.FromSeconds(1);
            o.ReminderPollInterval = TimeSpan.FromMilliseconds(250);
            o.ReminderLookAhead = TimeSpan.FromMilliseconds(500);
        }).AddGrain<ITallyGrain, TallyGrain>();
        builder.Services.AddAdoNetGrainStorage(o =>
        {
            o.Dialect = SqlDialect.PostgreSql;
            o.ConnectionString = connectionString;
        });
        builder.Services.AddAdoNetClustering(o =>
        {
            o.SiloEndpoint = new Uri($"http://127.0.0.1:{21000 + number}/");
            timings?.Invoke(o);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new ClusterSilo(host);
    }

    /// <summary>Fast timings for tests: heartbeat 250 ms, lease 1.5 s (held locally 1 s), dead after 2 s.</summary>
    public static void Fast(ClusterOptions options)
    {
        options.HeartbeatPeriod = TimeSpan.FromMilliseconds(250);
        options.LeaseDuration = TimeSpan.FromMilliseconds(1500);
        options.LeaseRenewalMargin = TimeSpan.FromMilliseconds(500);
        options.DeadAfter = TimeSpan.FromSeconds(2);
    }

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>Stops gracefully: stops serving, deactivates (flushing) its grains, then hands its leases back.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
            return;
        _stopped = true;
        await _host.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
