namespace Gamification.Gateway.Authentication;

/// <summary>What a service key may do.</summary>
internal static class Scopes
{
    public const string Award = "award";
    public const string Read = "read";
    public const string Admin = "admin";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Award, Read, Admin };
}
