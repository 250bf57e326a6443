using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Gamification.Gateway.Http;

/// <summary>
/// Request lines up to 32 KB reach the endpoints, so an oversized id in a URL is refused by name
/// (400 with a problem body) rather than by the HTTP server with a bare 414. Bodies have their own limit.
/// </summary>
internal static class RequestLineLimit
{
    public const int MaxBytes = 32 * 1024;

    public static void Apply(KestrelServerOptions kestrel) => kestrel.Limits.MaxRequestLineSize = MaxBytes;
}
