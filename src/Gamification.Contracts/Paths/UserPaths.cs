namespace Gamification.Contracts.Paths;

/// <summary>A user's primary path and their progress on every path of the ruleset.</summary>
[GenerateSerializer, Alias("gamification.user-paths")]
public sealed record UserPaths(
    [property: Id(0)] string UserId,
    [property: Id(1)] string? PrimaryPath,
    [property: Id(2)] IReadOnlyList<UserPathView> Paths);
