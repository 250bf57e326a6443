namespace Gamification.Contracts.Rulesets;

/// <summary>One version in an app's ruleset history.</summary>
/// <param name="Change">What the edit changed (<c>action post_created</c>), or <c>preset</c> for the configured file.</param>
/// <param name="Document">The whole ruleset document of this version.</param>
[GenerateSerializer, Immutable, Alias("gamification.ruleset-version-view")]
public sealed record RulesetVersionView(
    [property: Id(0)] int Version,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string? EditedBy,
    [property: Id(3)] string Change,
    [property: Id(4)] string Document);
