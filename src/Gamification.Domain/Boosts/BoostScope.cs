namespace Gamification.Domain.Boosts;

/// <summary>Whom a boost applies to.</summary>
public enum BoostScope
{
    User,
    App,
}
