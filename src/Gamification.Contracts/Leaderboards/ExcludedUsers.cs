namespace Gamification.Contracts.Leaderboards;

/// <summary>The users an app keeps off its boards (banned, staff); <paramref name="Version"/> rises with every change.</summary>
public sealed record ExcludedUsers(IReadOnlyList<string> UserIds, long Version);
