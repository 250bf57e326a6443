using Gamification.Gateway.Errors;

namespace Gamification.Gateway.Validation;

/// <summary>Answers 400 naming every bad field of the <typeparamref name="TRequest"/> body, before the endpoint runs.</summary>
internal sealed class ValidationFilter<TRequest> : IEndpointFilter where TRequest : IValidatedRequest
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new RequestErrors();
        foreach (var request in context.Arguments.OfType<TRequest>())
            request.Validate(errors);
        return errors.Any ? ValueTask.FromResult<object?>(Problems.Validation(errors)) : next(context);
    }
}
