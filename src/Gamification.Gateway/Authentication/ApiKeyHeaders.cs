using Microsoft.Net.Http.Headers;

namespace Gamification.Gateway.Authentication;

/// <summary>Where a request carries its credential.</summary>
internal static class ApiKeyHeaders
{
    public const string XApiKey = "X-Api-Key";

    private const string ApiKeyPrefix = "ApiKey ";
    private const string BearerPrefix = "Bearer ";

    public static string? Presented(HttpRequest request)
    {
        string? authorization = request.Headers.Authorization;
        if (authorization?.StartsWith(ApiKeyPrefix, StringComparison.OrdinalIgnoreCase) == true)
            return authorization[ApiKeyPrefix.Length..].Trim();
        string? header = request.Headers[XApiKey];
        return string.IsNullOrWhiteSpace(header) ? null : header.Trim();
    }

    public static bool HasBearerToken(HttpRequest request) =>
        request.Headers[HeaderNames.Authorization].ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);
}
