namespace Gamification.Contracts.Awards;

/// <summary>The entity an action targets, such as the liked character.</summary>
public sealed record EntityTarget(string Type, string Id);
