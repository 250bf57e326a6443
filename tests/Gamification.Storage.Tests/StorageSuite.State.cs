using Orleans.Storage;

namespace Gamification.Storage.Tests;

public abstract partial class StorageSuite
{
    [Fact]
    public async Task A_grain_with_no_stored_state_reads_a_new_state_with_no_record_and_no_ETag()
    {
        var state = await ReadAsync<CounterState>(NewGrain());

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal(0, state.State.Count);
    }

    [Fact]
    public async Task State_round_trips_with_a_new_ETag_per_write_and_exists_after_the_first()
    {
        var grain = NewGrain();
        var state = await ReadAsync<CounterState>(grain);

        await WriteAsync(state, grain, 1);
        var first = state.ETag;
        await WriteAsync(state, grain, 2);
        var reread = await ReadAsync<CounterState>(grain);

        Assert.Equal("1", first);
        Assert.Equal("2", state.ETag);
        Assert.True(state.RecordExists);
        Assert.Equal((2, "2", true), (reread.State.Count, reread.ETag, reread.RecordExists));
        var stored = await Query.ReadAsync(grain, default);
        AssertJson("""{"count":2,"owner":null}""", stored!.PayloadJson);
        Assert.Equal(Noon, stored.UpdatedAt);
    }

    [Fact]
    public async Task A_write_from_a_stale_activation_throws_InconsistentStateException_and_changes_nothing()
    {
        var grain = NewGrain();
        var current = await WriteAsync(await ReadAsync<CounterState>(grain), grain, 1);
        var stale = await ReadAsync<CounterState>(grain);
        await WriteAsync(current, grain, 2);
        var neverRead = new TestGrainState<CounterState>(new CounterState());

        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(stale, grain, 99, Entry("from-stale")));
        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(neverRead, grain, 98));

        var stored = await ReadAsync<CounterState>(grain);
        Assert.Equal((2, "2"), (stored.State.Count, stored.ETag));
        Assert.Equal("1", stale.ETag);
        Assert.Empty(await KeysAsync(grain));
    }

    [Fact]
    public async Task An_ETag_the_provider_never_issued_is_stale()
    {
        var grain = NewGrain();
        await WriteAsync(await ReadAsync<CounterState>(grain), grain, 1);
        var foreign = new TestGrainState<CounterState>(new CounterState(), "W/\"0x8D\"");

        await Assert.ThrowsAsync<InconsistentStateException>(() => WriteAsync(foreign, grain, 2));
    }

    [Fact]
    public async Task Rows_are_keyed_by_the_Orleans_grain_type_and_key_with_the_stable_hash_of_the_key_as_partition()
    {
        var app = $"p{Guid.NewGuid():N}";
        var grain = GrainId.Create("user-progress", $"{app}/alice");
        var pinned = GrainId.Create("partition-pin", "mikoshi/alice");
        await WriteAsync(await ReadAsync<CounterState>(grain), grain, 1, Entry("e1"));
        await WriteAsync(await ReadAsync<CounterState>(pinned), pinned, 1);

        var state = Assert.Single(await RowsAsync($"SELECT grain_type, grain_key, partition FROM grain_state WHERE grain_key = '{app}/alice'"));
        var journal = Assert.Single(await RowsAsync($"SELECT grain_type, grain_key, partition FROM grain_journal WHERE grain_key = '{app}/alice'"));

        var expected = new KeyPartitioner(1024).GetPartition($"{app}/alice");
        Assert.Equal(["user-progress", $"{app}/alice", expected], state.Select(Normalize));
        Assert.Equal(["user-progress", $"{app}/alice", expected], journal.Select(Normalize));
        // FNV-1a of the key's UTF-8 bytes mod 1024: the home-made runtime's partitions, which existing rows carry.
        Assert.Equal(182L, await ScalarAsync("SELECT partition FROM grain_state WHERE grain_type = 'partition-pin'"));
    }

    [Fact]
    public async Task State_and_journal_rows_hold_the_json_text_exactly_as_written()
    {
        var grain = NewGrain();
        await WriteAsync(await ReadAsync<CounterState>(grain), grain, 3, Entry("e1", 7));
        var key = grain.Key.ToString();

        var state = Assert.Single(await RowsAsync($"SELECT payload FROM grain_state WHERE grain_key = '{key}'"));
        var journal = Assert.Single(await RowsAsync($"SELECT payload FROM grain_journal WHERE grain_key = '{key}'"));

        // Byte for byte: nothing between the store and the column parses and reformats the document.
        Assert.Equal("""{"count":3,"owner":null}""", state[0]);
        Assert.Equal("""{"amount":7}""", journal[0]);
    }

    [Fact]
    public async Task State_is_written_with_the_serializer_options_and_read_back_with_the_deserializer_options()
    {
        var file = await database.CreateEmptyAsync();
        await using var storage = Storage(file, o =>
        {
            o.SerializerOptions = new() { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };
            o.DeserializerOptions = new() { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower, Converters = { new UpperCaseOnRead() } };
        });
        await storage.GetRequiredService<JournaledStorageMigrator>().MigrateAsync();
        var grains = storage.GetRequiredKeyedService<IGrainStorage>(Provider);
        var grain = GrainId.Create("profile", "app/alice");

        await grains.WriteStateAsync("state", grain, new TestGrainState<PlainState>(new PlainState { DisplayName = "alice" }));
        var read = new TestGrainState<PlainState>();
        await grains.ReadStateAsync("state", grain, read);

        AssertJson("""{"display_name":"alice"}""", (await storage.GetRequiredService<IGrainStateQuery>().ReadAsync(grain, default))!.PayloadJson);
        Assert.Equal("ALICE", read.State.DisplayName);
    }

    [Fact]
    public async Task Clearing_deletes_the_state_row_but_keeps_the_journal_whose_keys_stay_taken()
    {
        var grain = NewGrain();
        var state = await WriteAsync(await ReadAsync<CounterState>(grain), grain, 1, Entry("e1"));

        await Grains.ClearStateAsync("state", grain, state);

        Assert.Equal((false, null, 0), (state.RecordExists, state.ETag, state.State.Count));
        Assert.Null(await Query.ReadAsync(grain, default));
        Assert.Equal(["e1"], await KeysAsync(grain));
        await Assert.ThrowsAsync<DuplicateJournalEntryException>(() => WriteAsync(state, grain, 1, Entry("e1")));
        await WriteAsync(state, grain, 5, Entry("e2"));
        Assert.Equal("1", state.ETag);
        Assert.Equal([1L, 2L], (await Journal.ReadAsync(grain, 0, 10, default)).Select(r => r.Sequence));
    }

    [Fact]
    public async Task Clearing_from_a_stale_activation_throws_InconsistentStateException_and_keeps_the_row()
    {
        var grain = NewGrain();
        var current = await WriteAsync(await ReadAsync<CounterState>(grain), grain, 1);
        var stale = await ReadAsync<CounterState>(grain);
        await WriteAsync(current, grain, 2);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Grains.ClearStateAsync("state", grain, stale));

        Assert.Equal("2", (await Query.ReadAsync(grain, default))!.ETag);
    }

    /// <summary>Upper-cases every string it reads, so a test can tell which options read the state.</summary>
    private sealed class UpperCaseOnRead : System.Text.Json.Serialization.JsonConverter<string>
    {
        public override string Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
            reader.GetString()!.ToUpperInvariant();

        public override void Write(System.Text.Json.Utf8JsonWriter writer, string value, System.Text.Json.JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }

    // SQLite hands integers back as long, PostgreSQL as int.
    private static object Normalize(object value) => value is long or int ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : value;
}
