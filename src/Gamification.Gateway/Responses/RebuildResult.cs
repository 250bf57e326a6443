namespace Gamification.Gateway.Responses;

/// <summary>A board after a rebuild: how many users it ranks.</summary>
public sealed record RebuildResult(string Board, string Window, int Ranked);
