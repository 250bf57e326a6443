namespace Gamification.Gateway.Responses;

/// <summary>One level of seed 001's <c>GET /api/levels</c>: <c>{"1": {"name", "unlock", "exp_required"}, ...}</c>.</summary>
public sealed record LevelEntry(string Name, string? Unlock, long ExpRequired);
