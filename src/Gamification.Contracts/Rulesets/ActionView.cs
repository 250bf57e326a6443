namespace Gamification.Contracts.Rulesets;

/// <summary>An action of the catalog; <paramref name="Recipient"/> is <c>self</c> or <c>creator</c>.</summary>
public sealed record ActionView(
    string Name,
    int Exp,
    int? DailyLimit,
    int? LifetimeLimit,
    int CooldownSeconds,
    string Recipient,
    bool Enabled,
    bool ClientAllowed,
    int? MinAmount,
    int? MaxAmount,
    bool RegistersTarget,
    string? Description);
