using Gamification.Contracts;
using Gamification.Gateway.Errors;

namespace Gamification.Gateway.Validation;

/// <summary>Every id in a route (<c>{user_id}</c>, <c>{module_id}</c>, <c>{badge_id}</c>) follows <see cref="Ids"/>.</summary>
internal sealed class RouteIdFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new RequestErrors();
        foreach (var (name, value) in context.HttpContext.Request.RouteValues)
            errors.Id(value as string, name);
        return errors.Any ? ValueTask.FromResult<object?>(Problems.Validation(errors)) : next(context);
    }
}
