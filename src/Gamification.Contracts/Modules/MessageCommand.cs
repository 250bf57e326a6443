namespace Gamification.Contracts.Modules;

/// <summary>A user posted a message in a module or conversation.</summary>
public sealed record MessageCommand(string UserId, string IdempotencyKey);
