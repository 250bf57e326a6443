using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gamification.Grains.Names;

/// <summary>Reads a string property as the <see cref="NameTable"/>'s copy; writes it as any string.</summary>
internal sealed class SharedNameConverter(NameTable names) : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? names.Read(ref reader) : throw new JsonException($"Expected a string, not {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
