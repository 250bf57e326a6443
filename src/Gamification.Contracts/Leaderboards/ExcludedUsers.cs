namespace Gamification.Contracts.Leaderboards;

/// <summary>The users an app keeps off its boards (banned, staff); <paramref name="Version"/> rises with every change.</summary>
[GenerateSerializer, Alias("gamification.excluded-users")]
public sealed record ExcludedUsers([property: Id(0)] IReadOnlyList<string> UserIds, [property: Id(1)] long Version);
