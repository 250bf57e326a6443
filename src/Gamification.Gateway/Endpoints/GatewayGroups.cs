using Gamification.Gateway.Http;
using Gamification.Gateway.RateLimiting;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Endpoints;

/// <summary>What every gateway endpoint shares: its marker, id checks, the per-credential rate limit, its problems.</summary>
internal static class GatewayGroups
{
    public static RouteGroupBuilder WithGatewayDefaults(this RouteGroupBuilder group)
    {
        group.WithMetadata(GatewayEndpoint.Marker)
            .AddEndpointFilter<RouteIdFilter>()
            .AddEndpointFilter<IdempotencyKeyFilter>()
            .RequireRateLimiting(CredentialRateLimitPolicy.Name)
            .ProducesGatewayProblems();
        return group;
    }
}
