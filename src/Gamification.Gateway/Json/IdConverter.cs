using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gamification.Gateway.Json;

/// <summary>
/// Ids may arrive as strings or whole numbers (seed 001 sends <c>"target_id": 123</c>); both read as the
/// same text. A fraction, exponent or sign is no one's id: <c>1.5</c> or <c>1e3</c> is refused, not read as text.
/// </summary>
internal sealed class IdConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => WholeNumber(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        JsonTokenType.Null => null,
        _ => throw new JsonException(Refusal),
    };

    private const string Refusal = "An id must be a string or a whole number";

    private static string WholeNumber(ReadOnlySpan<byte> digits) =>
        digits.ContainsAnyExceptInRange((byte)'0', (byte)'9') ? throw new JsonException(Refusal) : Encoding.UTF8.GetString(digits);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
