using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gamification.Grains.Names;

/// <summary>
/// Reads a JSON object into a <see cref="Dictionary{TKey, TValue}"/> whose keys are the <see cref="NameTable"/>'s
/// copies; writes any string-keyed dictionary as an object. Serves <c>Dictionary</c> properties too (the serializer casts).
/// </summary>
internal sealed class SharedNameKeysConverter<TValue>(NameTable names) : JsonConverter<IReadOnlyDictionary<string, TValue>>
{
    public override IReadOnlyDictionary<string, TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"Expected an object, not {reader.TokenType}.");
        var values = (JsonConverter<TValue>)options.GetConverter(typeof(TValue));
        var read = new Dictionary<string, TValue>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = names.Read(ref reader);
            reader.Read();
            read[key] = values.Read(ref reader, typeof(TValue), options)!;
        }
        return read;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, TValue> value, JsonSerializerOptions options)
    {
        var values = (JsonConverter<TValue>)options.GetConverter(typeof(TValue));
        writer.WriteStartObject();
        foreach (var (key, item) in value)
        {
            writer.WritePropertyName(key);
            values.Write(writer, item, options);
        }
        writer.WriteEndObject();
    }
}
