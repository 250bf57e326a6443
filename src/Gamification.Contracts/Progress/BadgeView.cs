namespace Gamification.Contracts.Progress;

/// <summary>A badge a user holds (seed 004: name, description, earned timestamp); <paramref name="ModuleId"/> for module badges.</summary>
public sealed record BadgeView(string Id, string Name, string? Description, string? ModuleId, DateTimeOffset EarnedTimestamp);
