using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Gamification.Persistence;

/// <summary>Reads and writes a <see cref="Journaled{T}"/> as its value's JSON, through the options' own contract for the value.</summary>
public sealed class JournaledJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Journaled<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ValueConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class ValueConverter<T> : JsonConverter<Journaled<T>> where T : class, new()
    {
        public override Journaled<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new() { Value = JsonSerializer.Deserialize(ref reader, Info(options)) ?? new T() };

        public override void Write(Utf8JsonWriter writer, Journaled<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Value, Info(options));

        private static JsonTypeInfo<T> Info(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }
}
