namespace Gamification.Domain.Awards;

/// <summary>An app's entity (a character, a story) that actions target.</summary>
public sealed record EntityRef(string Type, string Id);
