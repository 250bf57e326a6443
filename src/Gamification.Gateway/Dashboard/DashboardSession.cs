using Gamification.Gateway.Errors;
using Microsoft.AspNetCore.Authentication;

namespace Gamification.Gateway.Dashboard;

/// <summary>Dashboard users sign in with a name and password for an HttpOnly, SameSite=Strict cookie scoped to <c>/dashboard</c>.</summary>
internal static partial class DashboardSession
{
    public static async Task<IResult> LoginAsync(HttpContext context, DashboardUsers users, ILoggerFactory loggers)
    {
        LoginRequest? request;
        try
        {
            request = await context.Request.ReadFromJsonAsync(DashboardJsonContext.Default.LoginRequest, context.RequestAborted);
        }
        catch (System.Text.Json.JsonException)
        {
            return Problems.Validation("body", "The body must be JSON: {\"name\": ..., \"password\": ...}");
        }
        catch (InvalidOperationException)
        {
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "The body must be application/json", "body");
        }
        if (string.IsNullOrEmpty(request?.Name))
            return Problems.Validation("name", "name is required");
        if (string.IsNullOrEmpty(request.Password))
            return Problems.Validation("password", "password is required");
        var log = loggers.CreateLogger(typeof(DashboardSession));
        if (!users.Verify(request.Name, request.Password))
        {
            LogRefused(log);
            return Problems.Of(StatusCodes.Status401Unauthorized, "The name or password is not valid");
        }
        await context.SignInAsync(DashboardAccess.Scheme, DashboardAccess.Principal(request.Name));
        LogSignedIn(log, request.Name);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(DashboardAccess.Scheme);
        return TypedResults.NoContent();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard user {User} signed in")]
    private static partial void LogSignedIn(ILogger logger, string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A dashboard sign-in was refused")]
    private static partial void LogRefused(ILogger logger);
}
