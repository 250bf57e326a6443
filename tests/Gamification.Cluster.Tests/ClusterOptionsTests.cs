using Gamification.Runtime;
using Gamification.Runtime.AdoNet;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gamification.Cluster.Tests;

public sealed class ClusterOptionsTests
{
    [Fact]
    public async Task Clustering_on_sqlite_is_refused_at_start_naming_the_dialect_key()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(SqlDialect.Sqlite, "Data Source=unused.db", o => o.SiloEndpoint = new Uri("http://127.0.0.1:1/")));

        Assert.Contains("AdoNetStorage:Dialect must be PostgreSql", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cluster:SiloEndpoint is required")]
    [InlineData("Cluster:DeadAfter must be at least twice Cluster:HeartbeatPeriod")]
    [InlineData("Cluster:LeaseDuration must be at least Cluster:HeartbeatPeriod + Cluster:LeaseRenewalMargin")]
    public async Task Unsafe_cluster_settings_are_refused_at_start_naming_the_key(string expected)
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("options");
        Action<ClusterOptions> bad = expected switch
        {
            _ when expected.Contains("SiloEndpoint", StringComparison.Ordinal) => _ => { },
            _ when expected.Contains("DeadAfter", StringComparison.Ordinal) => o => Endpoint(o).DeadAfter = TimeSpan.FromSeconds(3),
            _ => o => Endpoint(o).LeaseDuration = TimeSpan.FromSeconds(3),
        };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(SqlDialect.PostgreSql, connectionString, bad));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static ClusterOptions Endpoint(ClusterOptions options)
    {
        options.SiloEndpoint = new Uri("http://127.0.0.1:1/");
        return options;
    }

    private static async Task StartAsync(SqlDialect dialect, string connectionString, Action<ClusterOptions> cluster)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddGrainRuntime().AddGrain<ITallyGrain, TallyGrain>();
        builder.Services.AddSingleton<TickLog>();
        builder.Services.AddAdoNetGrainStorage(o =>
        {
            o.Dialect = dialect;
            o.ConnectionString = connectionString;
        });
        builder.Services.AddAdoNetClustering(cluster);
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
    }
}
