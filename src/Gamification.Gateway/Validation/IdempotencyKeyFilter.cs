using Gamification.Gateway.Errors;

namespace Gamification.Gateway.Validation;

/// <summary>An <c>Idempotency-Key</c> header, when sent, follows the id rule like the body's <c>idempotency_key</c>.</summary>
internal sealed class IdempotencyKeyFilter : IEndpointFilter
{
    public const string Header = "Idempotency-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!context.HttpContext.Request.Headers.TryGetValue(Header, out var values))
            return next(context);
        var errors = new RequestErrors();
        errors.Id(values.Count == 1 ? values[0] : null, Header);
        return errors.Any ? ValueTask.FromResult<object?>(Problems.Validation(errors)) : next(context);
    }
}
