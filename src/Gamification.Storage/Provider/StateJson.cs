using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Gamification.Storage;

/// <summary>Grain state as JSON, through the host's contract: one set of options for writing, optionally another for reading back.</summary>
internal sealed class StateJson
{
    private readonly JsonSerializerOptions _writing;
    private readonly JsonSerializerOptions _reading;

    public StateJson(JsonSerializerOptions writing, JsonSerializerOptions? reading)
    {
        _writing = writing;
        _reading = reading ?? writing;
        // Read-only options cache their contracts; a resolver is filled in (reflection) only where the host supplied none.
        _writing.MakeReadOnly(populateMissingResolver: true);
        _reading.MakeReadOnly(populateMissingResolver: true);
    }

    public string Serialize<T>(T state) => JsonSerializer.Serialize(state, TypeInfo<T>(_writing));

    public T? Deserialize<T>(string json) => JsonSerializer.Deserialize(json, TypeInfo<T>(_reading));

    private static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions json) => (JsonTypeInfo<T>)json.GetTypeInfo(typeof(T));
}
