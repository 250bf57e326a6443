using System.Diagnostics;
using Gamification.Gateway.Authentication;

namespace Gamification.Gateway.Http;

/// <summary>
/// One structured line per gateway request: route, status, time, app and credential name; never
/// headers or keys. Successes log at Debug so that tens of thousands of awards a second stay cheap.
/// </summary>
internal sealed partial class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!GatewayEndpoint.Is(context) || !logger.IsEnabled(LogLevel.Debug))
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
            var status = context.Response.StatusCode;
            var level = status >= 500 ? LogLevel.Warning : status >= 400 ? LogLevel.Information : LogLevel.Debug;
            var caller = Caller.From(context.User);
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value;
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogRequest(level, context.Request.Method, route, status, elapsed, caller?.App, caller?.Credential);
        }
    }

    [LoggerMessage(Message = "{Method} {Route} answered {StatusCode} in {ElapsedMs:0.0} ms for {App}/{Credential}")]
    private partial void LogRequest(LogLevel level, string method, string? route, int statusCode, double elapsedMs, string? app, string? credential);
}
