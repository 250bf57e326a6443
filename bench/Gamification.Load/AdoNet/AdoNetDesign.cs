using System.Globalization;
using Gamification.Storage.Orleans;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Gamification.Load.AdoNet;

/// <summary>
/// Stock Orleans: a silo the bench hosts (localhost clustering, no gateway, none of the service's grains called) whose
/// grains store their state through <c>Microsoft.Orleans.Persistence.AdoNet</c> (Invariant Npgsql) on every award.
/// The schema is <see cref="OrleansPostgresSchema.Statements"/>, applied to the bench database before the silo starts.
/// </summary>
internal sealed class AdoNetDesign : IAsyncDisposable
{
    public const string Storage = "adonet";
    private readonly IHost host;
    private readonly IGrainFactory grains;
    private long keys;

    private AdoNetDesign(IHost host)
    {
        this.host = host;
        grains = host.Services.GetRequiredService<IGrainFactory>();
    }

    public static async Task<AdoNetDesign> StartAsync(string connectionString)
    {
        await ApplySchemaAsync(connectionString);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort.Next(), FreePort.Next(), serviceId: "bench-adonet", clusterId: "bench-adonet");
            silo.AddAdoNetGrainStorage(Storage, o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        return new AdoNetDesign(host);
    }

    public async Task AwardAsync(string userId)
    {
        var key = "adonet-" + Interlocked.Increment(ref keys).ToString(CultureInfo.InvariantCulture);
        if (!await grains.GetGrain<IAdoNetAwardGrain>(userId).AwardAsync(key))
            throw new InvalidOperationException($"Award refused for {userId}: daily limit or cap");
    }

    public Task TouchAsync(string userId) => grains.GetGrain<IAdoNetAwardGrain>(userId).GetExpAsync();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }

    /// <summary>The stock providers' tables, functions and OrleansQuery rows, in one transaction (every statement is idempotent).</summary>
    private static async Task ApplySchemaAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var statement in OrleansPostgresSchema.Statements)
        {
            await using var command = new NpgsqlCommand(statement, connection, transaction);
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }
}
