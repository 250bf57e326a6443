namespace Gamification.Contracts.Progress;

/// <summary>A badge a user holds (seed 004: name, description, earned timestamp); <paramref name="ModuleId"/> for module badges.</summary>
[GenerateSerializer, Immutable, Alias("gamification.badge-view")]
public sealed record BadgeView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Description,
    [property: Id(3)] string? ModuleId,
    [property: Id(4)] DateTimeOffset EarnedTimestamp);
