namespace Gamification.Contracts.Progress;

/// <summary>A page of an app's users ordered by id; pass <paramref name="NextAfter"/> to read on.</summary>
public sealed record UserPage(IReadOnlyList<UserProfile> Users, string? NextAfter);
