using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Endpoints;

/// <summary>The problem answers an endpoint can give, for its OpenAPI description.</summary>
internal static class ProblemResponses
{
    /// <summary>What every gateway endpoint may answer: bad input, credentials, rate limits, a slow cluster.</summary>
    public static TBuilder ProducesGatewayProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder => builder
        .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]))
        .Problem(StatusCodes.Status401Unauthorized)
        .Problem(StatusCodes.Status403Forbidden)
        .Problem(StatusCodes.Status429TooManyRequests)
        .Problem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>A rule's refusals of an event: unknown target or badge, a lifetime limit, not as sent.</summary>
    public static RouteHandlerBuilder ProducesRefusals(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static TBuilder Problem<TBuilder>(this TBuilder builder, int status) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
}
