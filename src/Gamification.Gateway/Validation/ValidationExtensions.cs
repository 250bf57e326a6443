namespace Gamification.Gateway.Validation;

/// <summary>Declares an endpoint's body as validated.</summary>
internal static class ValidationExtensions
{
    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder endpoint) where TRequest : IValidatedRequest =>
        endpoint.AddEndpointFilter<ValidationFilter<TRequest>>();
}
