namespace Gamification.Contracts.Rulesets;

/// <summary>A badge of the catalog; <paramref name="Kind"/> is action_count, level_reached, module_messages or special.</summary>
[GenerateSerializer, Immutable, Alias("gamification.badge-rule-view")]
public sealed record BadgeRuleView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Kind,
    [property: Id(3)] string? Description,
    [property: Id(4)] string? Action,
    [property: Id(5)] int Threshold);
