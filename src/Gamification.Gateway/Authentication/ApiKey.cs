namespace Gamification.Gateway.Authentication;

/// <summary>A service key as the gateway holds it: its digest, never the key.</summary>
internal sealed record ApiKey(string App, string Name, byte[] Digest, IReadOnlySet<string> Scopes, int? RequestsPerMinute);
