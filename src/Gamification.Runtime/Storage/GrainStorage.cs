using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>Grain state as JSON: reads go straight to the store, writes through the silo's group commit.</summary>
internal sealed class GrainStorage
{
    private readonly IGrainStateStore _store;
    private readonly StateWriteBatcher _batcher;
    private readonly IWriteFence _fence;
    private readonly TimeProvider _clock;
    private readonly JsonSerializerOptions _json;
    private readonly JsonSerializerOptions _readJson;

    public GrainStorage(IGrainStateStore store, StateWriteBatcher batcher, IWriteFence fence, TimeProvider clock, IOptions<GrainRuntimeOptions> options)
    {
        _store = store;
        _batcher = batcher;
        _fence = fence;
        _clock = clock;
        _json = options.Value.StateSerializerOptions;
        _readJson = options.Value.StateDeserializerOptions ?? _json;
        // Falls back to reflection only where the host supplied no JsonSerializerContext for a state type.
        _json.MakeReadOnly(populateMissingResolver: true);
        _readJson.MakeReadOnly(populateMissingResolver: true);
    }

    public async Task<(TState State, string? ETag)> ReadAsync<TState>(GrainId grain) where TState : class, new()
    {
        StoredState? stored;
        try
        {
            stored = await _store.ReadAsync(grain, CancellationToken.None);
        }
        catch (Exception e)
        {
            throw new GrainUnavailableException(grain, "reading its state failed", e);
        }
        return stored is null ? (new TState(), null) : (JsonSerializer.Deserialize(stored.PayloadJson, TypeInfo<TState>(_readJson)) ?? new TState(), stored.ETag);
    }

    public Task<string> WriteAsync<TState>(GrainId grain, TState state, string? etag, IReadOnlyList<JournalEntry> journal)
    {
        Validate(grain, journal);
        var fence = _fence.For(grain);
        var payload = JsonSerializer.Serialize(state, TypeInfo<TState>(_json));
        return _batcher.WriteAsync(new StateWrite(grain, etag, payload, journal, _clock.GetUtcNow()) { Fence = fence });
    }

    /// <summary>Refuses a journal the database would refuse, before it can join (and fail) a batch.</summary>
    private static void Validate(GrainId grain, IReadOnlyList<JournalEntry> journal)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in journal)
        {
            if (!keys.Add(entry.IdempotencyKey))
                throw new DuplicateJournalEntryException(grain, entry.IdempotencyKey);
            try
            {
                using var _ = JsonDocument.Parse(entry.PayloadJson);
            }
            catch (JsonException e)
            {
                throw new ArgumentException($"Journal entry '{entry.IdempotencyKey}' of {grain} is not valid JSON.", nameof(journal), e);
            }
        }
    }

    private static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions json) => (JsonTypeInfo<T>)json.GetTypeInfo(typeof(T));
}
