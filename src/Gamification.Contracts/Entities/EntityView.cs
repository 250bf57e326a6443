namespace Gamification.Contracts.Entities;

/// <summary>An app's entity and the user who created it (who receives likes, forks and sales).</summary>
[GenerateSerializer, Immutable, Alias("gamification.entity-view")]
public sealed record EntityView([property: Id(0)] string Type, [property: Id(1)] string Id, [property: Id(2)] string? CreatorUserId);
