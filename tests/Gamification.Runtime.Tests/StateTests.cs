using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Runtime.Tests;

public sealed class StateTests
{
    private readonly TestDeployment _deployment = new();

    [Fact]
    public async Task A_write_over_newer_stored_state_throws_drops_the_activation_and_the_next_call_sees_the_stored_state()
    {
        await using var silo = await _deployment.StartSiloAsync();
        var counter = silo.Grains.GetGrain<ICounterGrain>("default/alice");
        await counter.Increment();
        var grain = new GrainId("counter", "default/alice");
        var stored = await _deployment.States.ReadAsync(grain, default);
        await _deployment.States.WriteAsync([new StateWrite(grain, stored!.ETag, """{"count":100}""", [], _deployment.Clock.GetUtcNow())], default);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(counter.Increment);

        Assert.Equal(grain, error.Grain);
        Assert.Equal(DeactivationReasonCode.ApplicationError, Assert.Single(_deployment.Probe.Deactivations).Reason.ReasonCode);
        Assert.Equal(100, await counter.Read());
        Assert.Equal(101, await counter.Increment());
    }

    [Fact]
    public async Task A_repeated_idempotency_key_fails_the_whole_write_and_nothing_of_it_is_kept()
    {
        await using var silo = await _deployment.StartSiloAsync();
        var counter = silo.Grains.GetGrain<ICounterGrain>("default/bob");
        await counter.Add(5, "event-1");

        var error = await Assert.ThrowsAsync<DuplicateJournalEntryException>(() => counter.Add(7, "event-1"));

        Assert.Equal("event-1", error.IdempotencyKey);
        Assert.Equal(5, await counter.Read());
        Assert.Single(await _deployment.States.ReadAsync(new GrainId("counter", "default/bob"), 0, 10, default));
    }

    [Fact]
    public async Task A_storage_outage_fails_the_write_as_unavailable_and_the_next_call_reloads()
    {
        var store = new ControlledStateStore(_deployment.States);
        await using var silo = await _deployment.StartSiloAsync(services: s => s.AddSingleton<IGrainStateStore>(store));
        var counter = silo.Grains.GetGrain<ICounterGrain>("default/carol");
        await counter.Increment();
        store.Down = true;

        await Assert.ThrowsAsync<GrainUnavailableException>(counter.Increment);
        store.Down = false;

        Assert.Equal(DeactivationReasonCode.ApplicationError, Assert.Single(_deployment.Probe.Deactivations).Reason.ReasonCode);
        Assert.Equal(1, await counter.Read());
    }

    [Fact]
    public async Task Journal_rows_are_numbered_per_grain_and_read_by_page_or_key()
    {
        await using var silo = await _deployment.StartSiloAsync();
        var counter = silo.Grains.GetGrain<ICounterGrain>("default/dave");
        for (var i = 1; i <= 5; i++)
            await counter.Add(i, $"event-{i}");
        var grain = new GrainId("counter", "default/dave");

        var page = await _deployment.States.ReadAsync(grain, afterSequence: 2, limit: 2, default);
        var found = await _deployment.States.FindAsync(grain, "event-4", default);

        Assert.Equal([3L, 4L], page.Select(r => r.Sequence));
        Assert.Equal(["event-3", "event-4"], page.Select(r => r.Entry.IdempotencyKey));
        Assert.Equal(4, found!.Sequence);
        Assert.Equal("""{"amount":4}""", found.Entry.PayloadJson);
        Assert.Null(await _deployment.States.FindAsync(grain, "event-9", default));
    }

    [Fact]
    public async Task State_is_read_back_with_the_deserializer_options_and_written_with_the_serializer_options()
    {
        var grain = new GrainId("counter", "default/erin");
        await _deployment.States.WriteAsync([new StateWrite(grain, null, """{"count":5}""", [], _deployment.Clock.GetUtcNow())], default);
        var reading = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new DoublingReader() } };
        await using var silo = await _deployment.StartSiloAsync(o => o.StateDeserializerOptions = reading);
        var counter = silo.Grains.GetGrain<ICounterGrain>(grain.Key);

        Assert.Equal(11, await counter.Increment());

        Assert.Equal("""{"count":11}""", (await _deployment.States.ReadAsync(grain, default))!.PayloadJson);
    }

    /// <summary>Reads numbers doubled, writes them as they are: shows which options did what.</summary>
    private sealed class DoublingReader : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetInt32() * 2;

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
