namespace Gamification.Gateway.Requests;

/// <summary><c>POST /admin/check</c>'s body: check up to <paramref name="Limit"/> users whose id sorts after <paramref name="After"/>.</summary>
public sealed record CheckRequest(string? After, int? Limit);
