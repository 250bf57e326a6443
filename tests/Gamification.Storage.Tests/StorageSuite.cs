using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Serialization;
using Orleans.Storage;
using Xunit.Abstractions;

namespace Gamification.Storage.Tests;

/// <summary>The storage suite every dialect must pass; each test class runs it on its own fresh database.</summary>
public abstract partial class StorageSuite(ITestDatabase database, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Provider = "journaled";

    private static readonly DateTimeOffset Noon = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private ServiceProvider _storage = null!;

    private IGrainStorage Grains => _storage.GetRequiredKeyedService<IGrainStorage>(Provider);

    private IJournalReader Journal => _storage.GetRequiredService<IJournalReader>();

    private IGrainStateQuery Query => _storage.GetRequiredService<IGrainStateQuery>();

    /// <summary>The provider's store, for writing batches as the group commit sends them.</summary>
    private AdoNetStateStore Store => _storage.GetRequiredKeyedService<JournaledDatabase>(Provider).Store;

    public async Task InitializeAsync()
    {
        _storage = Storage(database.ConnectionString);
        await _storage.GetRequiredService<JournaledStorageMigrator>().MigrateAsync();
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    /// <summary>The services one silo's storage registration gives, on <paramref name="connectionString"/>, with a clock stopped at noon.</summary>
    private ServiceProvider Storage(string connectionString, Action<JournaledStorageOptions>? configure = null) => new ServiceCollection()
        .AddLogging()
        .AddSerializer()
        .AddSingleton<TimeProvider>(new FakeTimeProvider(Noon))
        .AddJournaledStorage(Provider, o =>
        {
            o.Invariant = database.Invariant;
            o.ConnectionString = connectionString;
            configure?.Invoke(o);
        })
        .BuildServiceProvider();

    private static GrainId NewGrain(string type = "counter") => GrainId.Create(type, $"app/{Guid.NewGuid():N}");

    private static JournalEntry Entry(string idempotencyKey, int amount = 1) =>
        new(idempotencyKey, "award", $$"""{"amount":{{amount}}}""", Noon);

    private static StateWrite Write(GrainId grain, long? etag, int count, params JournalEntry[] journal) =>
        new(GrainRow.Of(grain, new KeyPartitioner(1024)), etag, $$"""{"count":{{count}}}""", journal, Noon);

    /// <summary>Reads <paramref name="grain"/> as a fresh activation would.</summary>
    private async Task<TestGrainState<T>> ReadAsync<T>(GrainId grain) where T : class, new()
    {
        var state = new TestGrainState<T>();
        await Grains.ReadStateAsync("state", grain, state);
        return state;
    }

    private async Task<TestGrainState<CounterState>> WriteAsync(TestGrainState<CounterState> state, GrainId grain, int count, params JournalEntry[] journal)
    {
        state.State.Count = count;
        state.State.PendingJournal = journal;
        await Grains.WriteStateAsync("state", grain, state);
        return state;
    }

    private async Task<string[]> KeysAsync(GrainId grain) => [.. (await Journal.ReadAsync(grain, 0, 100, default)).Select(r => r.Entry.IdempotencyKey)];

    /// <summary>A database upgraded from jsonb payloads hands JSON back reformatted, so JSON is compared as values.</summary>
    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}, got {actual}");

    protected async Task<long> ScalarAsync(string sql, string? connectionString = null)
    {
        await using var connection = database.CreateConnection(connectionString ?? database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql, string? connectionString = null)
    {
        await using var connection = database.CreateConnection(connectionString ?? database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<object[]>> RowsAsync(string sql, string? connectionString = null)
    {
        await using var connection = database.CreateConnection(connectionString ?? database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    private async Task<bool> TableExistsAsync(string table, string connectionString) =>
        await ScalarAsync(database.Invariant == StorageInvariants.Npgsql
            ? $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '{table}'"
            : $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'", connectionString) > 0;
}
