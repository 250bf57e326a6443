namespace Gamification.Gateway.Http;

/// <summary>Marks the gateway's endpoints, so its middleware leaves the host's other endpoints alone.</summary>
internal sealed class GatewayEndpoint
{
    public static readonly GatewayEndpoint Marker = new();

    public static bool Is(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<GatewayEndpoint>() is not null;
}
