namespace Gamification.Contracts.Modules;

/// <summary>A user posted a message in a module or conversation.</summary>
[GenerateSerializer, Immutable, Alias("gamification.message-command")]
public sealed record MessageCommand([property: Id(0)] string UserId, [property: Id(1)] string IdempotencyKey);
