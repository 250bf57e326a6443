using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Entities;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Gamification.Gateway.Requests;
using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Endpoints;

/// <summary>Who created an entity; creator actions on it (likes, forks, sales) award them.</summary>
internal static class EntityEndpoints
{
    public static RouteGroupBuilder MapEntityEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/entities", Register)
            .RequireAuthorization(GatewayPolicies.ServiceAward)
            .Validate<EntityRequest>()
            .WithName("RegisterEntity")
            .WithSummary("Records an entity's creator; 409 if another creator is recorded (a creator never changes)")
            .Produces<EntityView>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> Register(EntityRequest request, ClaimsPrincipal principal, IGamificationClient client, CancellationToken cancellationToken)
    {
        var entity = await client.RegisterEntityAsync(principal.Caller().App, request.Type!, request.Id!, request.CreatorUserId!, cancellationToken);
        return entity.CreatorUserId == request.CreatorUserId
            ? TypedResults.Ok(entity)
            : Problems.Conflict("creator_user_id", $"{entity.Type} {entity.Id} already has another creator");
    }
}
