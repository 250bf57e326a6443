using Microsoft.Net.Http.Headers;

namespace Gamification.Gateway.Errors;

/// <summary>An answer that tells the caller when to try again.</summary>
internal sealed class RetryAfterResult(IResult inner, int seconds) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers[HeaderNames.RetryAfter] = Math.Max(1, seconds).ToString();
        return inner.ExecuteAsync(httpContext);
    }
}
