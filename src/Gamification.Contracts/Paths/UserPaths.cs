namespace Gamification.Contracts.Paths;

/// <summary>A user's primary path and their progress on every path of the ruleset.</summary>
public sealed record UserPaths(string UserId, string? PrimaryPath, IReadOnlyList<UserPathView> Paths);
