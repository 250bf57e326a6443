using System.Text.Json;
using Gamification.Contracts.Awards;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Gamification.Contracts.Tests;

/// <summary>Orleans's serializer and copier with the contracts assembly's generated codecs, as silos and clients build them.</summary>
internal static class OrleansCodec
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(AwardResult).Assembly))
        .BuildServiceProvider();

    public static Serializer Serializer { get; } = Services.GetRequiredService<Serializer>();

    public static DeepCopier Copier { get; } = Services.GetRequiredService<DeepCopier>();

    /// <summary>Writes <paramref name="value"/> as Orleans puts it on the wire (as <typeparamref name="T"/>) and reads it back.</summary>
    public static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;
}

/// <summary>Structural equality for records that hold lists and dictionaries (whose own Equals compares references).</summary>
internal static class Structural
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Json(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);

    public static void Equivalent(object expected, object? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.GetType(), actual.GetType());
        Assert.Equal(Json(expected), Json(actual));
    }
}
