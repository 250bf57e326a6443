namespace Gamification.Contracts.Rulesets;

/// <summary>A badge of the catalog; <paramref name="Kind"/> is action_count, level_reached, module_messages or special.</summary>
public sealed record BadgeRuleView(string Id, string Name, string Kind, string? Description, string? Action, int Threshold);
