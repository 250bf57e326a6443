namespace Gamification.Grains.Entities;

/// <summary>Who created an entity; recorded once and never changed.</summary>
public sealed class EntityState
{
    public string? CreatorUserId { get; set; }
}
