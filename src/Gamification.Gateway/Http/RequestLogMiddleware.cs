using System.Diagnostics;
using Gamification.Gateway.Authentication;

namespace Gamification.Gateway.Http;

/// <summary>One structured line per gateway request: route, status, time, app and credential name; never headers or keys.</summary>
internal sealed partial class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!GatewayEndpoint.Is(context) || !logger.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var caller = Caller.From(context.User);
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value;
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogRequest(context.Request.Method, route, context.Response.StatusCode, elapsed, caller?.App, caller?.Credential);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Route} answered {StatusCode} in {ElapsedMs:0.0} ms for {App}/{Credential}")]
    private partial void LogRequest(string method, string? route, int statusCode, double elapsedMs, string? app, string? credential);
}
