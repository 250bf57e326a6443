namespace Gamification.Domain.Rules;

/// <summary>A badge of the catalog. Each badge is earned at most once (per module for module badges).</summary>
/// <param name="Action">The counted action, for <see cref="BadgeKind.ActionCount"/>.</param>
/// <param name="Threshold">The count or level that earns it; unused for special badges.</param>
public sealed record BadgeRule(
    string Id,
    string Name,
    BadgeKind Kind,
    string? Description = null,
    string? Action = null,
    int Threshold = 0);
