using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Gamification.Runtime.AdoNet.Tests;

/// <summary>The storage suite every dialect must pass; each test class runs it on its own fresh database.</summary>
public abstract partial class StorageSuite(ITestDatabase database, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private ServiceProvider _storage = null!;

    private GrainPartitioner Partitioner { get; } = new(1024);

    private IGrainStateStore States => _storage.GetRequiredService<IGrainStateStore>();

    private IJournalReader Journal => _storage.GetRequiredService<IJournalReader>();

    private IReminderStore Reminders => _storage.GetRequiredService<IReminderStore>();

    public async Task InitializeAsync()
    {
        _storage = Storage(database.ConnectionString);
        await MigrateAsync(_storage);
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    /// <summary>The stores of one silo on <paramref name="connectionString"/>, as AddAdoNetGrainStorage registers them.</summary>
    private ServiceProvider Storage(string connectionString) => new ServiceCollection()
        .AddLogging()
        .AddSingleton(Partitioner)
        .AddSingleton<TimeProvider>(new FakeTimeProvider(Noon))
        .AddAdoNetGrainStorage(o =>
        {
            o.Dialect = database.Dialect;
            o.ConnectionString = connectionString;
        })
        .BuildServiceProvider();

    private static Task MigrateAsync(IServiceProvider storage) =>
        Task.WhenAll(storage.GetServices<IStorageInitializer>().Select(i => i.InitializeAsync(CancellationToken.None)));

    private static GrainId NewGrain(string type = "counter") => new(type, $"app/{Guid.NewGuid():N}");

    private static StateWrite Write(GrainId grain, string? etag, int count, params JournalEntry[] journal) =>
        new(grain, etag, $$"""{"count":{{count}}}""", journal, Noon);

    private static JournalEntry Entry(string idempotencyKey, int amount = 1) =>
        new(idempotencyKey, "award", $$"""{"amount":{{amount}}}""", Noon);

    /// <summary>PostgreSQL hands jsonb back reformatted, so JSON is compared as values.</summary>
    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}, got {actual}");

    private async Task<long> ScalarAsync(string sql, string? connectionString = null)
    {
        await using var connection = database.CreateConnection(connectionString ?? database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<List<(string Key, int Partition)>> PartitionsAsync(string table, string grainType)
    {
        await using var connection = database.CreateConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT DISTINCT grain_key, partition FROM {table} WHERE grain_type = '{grainType}'";
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, int)>();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
        return rows;
    }
}
