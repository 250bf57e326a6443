using Microsoft.AspNetCore.Mvc;

namespace Gamification.Gateway.Errors;

/// <summary>Fills in problems the framework raises bare (authentication, routing, media type): a detail, and the field at fault.</summary>
internal static class StatusDetails
{
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Detail ??= Detail(problem.Status);
        if (problem is not HttpValidationProblemDetails && !problem.Extensions.ContainsKey("errors") && Field(problem.Status) is { } field)
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [problem.Detail!] };
    }

    private static string? Detail(int? status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Send a service key (Authorization: ApiKey <key>, or X-Api-Key) or a user's bearer token",
        StatusCodes.Status403Forbidden => "This credential does not allow this operation",
        StatusCodes.Status404NotFound => "There is nothing at this address",
        StatusCodes.Status405MethodNotAllowed => "This address does not accept this method",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large",
        StatusCodes.Status415UnsupportedMediaType => "Content-Type must be application/json",
        StatusCodes.Status429TooManyRequests => "Too many requests from this credential; retry after the time in Retry-After",
        _ => null,
    };

    private static string? Field(int? status) => status switch
    {
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status429TooManyRequests => "Authorization",
        StatusCodes.Status415UnsupportedMediaType => "Content-Type",
        _ => null,
    };
}
