namespace Gamification.Contracts.Entities;

/// <summary>An app's entity and the user who created it (who receives likes, forks and sales).</summary>
public sealed record EntityView(string Type, string Id, string? CreatorUserId);
