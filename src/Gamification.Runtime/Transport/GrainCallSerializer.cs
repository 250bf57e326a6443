using System.Reflection;
using System.Text.Json;

namespace Gamification.Runtime;

/// <summary>Arguments and results as JSON inside the envelope, each written and read as its declared type.</summary>
public sealed class GrainCallSerializer(JsonSerializerOptions options)
{
    /// <summary>Web defaults, as the grains' contracts are plain records.</summary>
    public GrainCallSerializer() : this(new JsonSerializerOptions(JsonSerializerDefaults.Web))
    {
    }

    public byte[] WriteArguments(MethodInfo method, object?[] arguments)
    {
        var parameters = method.GetParameters();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < parameters.Length; i++)
                JsonSerializer.Serialize(writer, arguments[i], parameters[i].ParameterType, options);
            writer.WriteEndArray();
        }
        return buffer.ToArray();
    }

    public object?[] ReadArguments(MethodInfo method, ReadOnlyMemory<byte> json)
    {
        var parameters = method.GetParameters();
        using var document = JsonDocument.Parse(json);
        var elements = document.RootElement;
        if (elements.GetArrayLength() != parameters.Length)
            throw new ArgumentException($"{method.Name} takes {parameters.Length} arguments, the call carried {elements.GetArrayLength()}.", nameof(json));
        return [.. parameters.Select((p, i) => elements[i].Deserialize(p.ParameterType, options))];
    }

    public byte[] WriteResult(MethodInfo method, object? result) =>
        ResultType(method) is { } type ? JsonSerializer.SerializeToUtf8Bytes(result, type, options) : [];

    public object? ReadResult(MethodInfo method, ReadOnlyMemory<byte> json) =>
        ResultType(method) is { } type ? JsonSerializer.Deserialize(json.Span, type, options) : null;

    private static Type? ResultType(MethodInfo method) =>
        method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : null;
}
