namespace Gamification.Gateway.Authentication;

/// <summary>Scheme names, prefixed so that they cannot collide with schemes the host adds.</summary>
internal static class GatewaySchemes
{
    /// <summary>Picks <see cref="ApiKey"/> or <see cref="Bearer"/> from the request's headers.</summary>
    public const string Gateway = "Gateway";

    public const string ApiKey = "GatewayApiKey";

    public const string Bearer = "GatewayBearer";
}
