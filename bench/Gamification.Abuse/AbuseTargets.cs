namespace Gamification.Abuse;

/// <summary>
/// What the campaign aims at: an app with real users (the victims) and the credentials an attacker
/// might hold: the app's own key, a read-only key, another app's key, and the JWT secret to mint
/// expired or wrongly-scoped tokens with.
/// </summary>
public sealed record AbuseTargets(
    string App,
    Credential AppKey,
    Credential ReadOnlyKey,
    Credential OtherAppKey,
    string JwtSecret,
    IReadOnlyList<string> Victims,
    string Module,
    string VictimMarker);
