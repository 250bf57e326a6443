namespace Gamification.Contracts.Rulesets;

/// <summary>One version in an app's ruleset history.</summary>
/// <param name="Change">What the edit changed (<c>action post_created</c>), or <c>preset</c> for the configured file.</param>
/// <param name="Document">The whole ruleset document of this version.</param>
public sealed record RulesetVersionView(int Version, DateTimeOffset At, string? EditedBy, string Change, string Document);
