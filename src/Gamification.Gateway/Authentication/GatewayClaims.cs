namespace Gamification.Gateway.Authentication;

/// <summary>Claim types of a caller's principal; <c>sub</c> and <c>app</c> are also what user tokens carry.</summary>
internal static class GatewayClaims
{
    public const string App = "app";
    public const string Subject = "sub";
    public const string Scope = "scope";
    public const string KeyName = "key_name";
    public const string RequestsPerMinute = "requests_per_minute";
}
