using System.Threading.RateLimiting;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Configuration;
using Gamification.Gateway.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Gamification.Gateway.RateLimiting;

/// <summary>Requests per minute per credential: each service key, and each user's token, has its own window.</summary>
internal sealed class CredentialRateLimitPolicy(IOptions<GatewayOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "gateway:per-credential";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
        context.HttpContext.Response.Headers[HeaderNames.RetryAfter] = Math.Max(1, seconds).ToString();
        await Problems.Of(StatusCodes.Status429TooManyRequests, "Too many requests from this credential; retry after the time in Retry-After")
            .ExecuteAsync(context.HttpContext);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        // Authorization runs first, so an endpoint here always has a caller; the fallback only guards misuse.
        if (Caller.From(httpContext.User) is not { } caller)
            return RateLimitPartition.GetNoLimiter("anonymous");
        var limits = options.Value.RateLimit;
        var permits = caller.RequestsPerMinute ?? (caller.IsUser ? limits.UserRequestsPerMinute : limits.KeyRequestsPerMinute);
        return RateLimitPartition.GetFixedWindowLimiter($"{caller.App}/{caller.Credential}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = Window,
            QueueLimit = 0,
        });
    }
}
