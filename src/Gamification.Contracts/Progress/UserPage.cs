namespace Gamification.Contracts.Progress;

/// <summary>A page of an app's users ordered by id; pass <paramref name="NextAfter"/> to read on.</summary>
[GenerateSerializer, Alias("gamification.user-page")]
public sealed record UserPage([property: Id(0)] IReadOnlyList<UserProfile> Users, [property: Id(1)] string? NextAfter);
