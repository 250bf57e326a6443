using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gamification.Gateway.Json;

/// <summary>The API's JSON: snake_case members and enums, numbers only as numbers, generated metadata first.</summary>
internal static class GatewayJson
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.TypeInfoResolverChain.Insert(0, GatewayJsonContext.Default);
    }
}
