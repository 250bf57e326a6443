namespace Gamification.Contracts.Rulesets;

/// <summary>An action of the catalog; <paramref name="Recipient"/> is <c>self</c> or <c>creator</c>.</summary>
[GenerateSerializer, Immutable, Alias("gamification.action-view")]
public sealed record ActionView(
    [property: Id(0)] string Name,
    [property: Id(1)] int Exp,
    [property: Id(2)] int? DailyLimit,
    [property: Id(3)] int? LifetimeLimit,
    [property: Id(4)] int CooldownSeconds,
    [property: Id(5)] string Recipient,
    [property: Id(6)] bool Enabled,
    [property: Id(7)] bool ClientAllowed,
    [property: Id(8)] int? MinAmount,
    [property: Id(9)] int? MaxAmount,
    [property: Id(10)] bool RegistersTarget,
    [property: Id(11)] string? Description);
