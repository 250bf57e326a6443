namespace Gamification.Contracts.Rulesets;

/// <summary>One change to an app's ruleset: a section replaced by a JSON fragment in the ruleset file's own format.</summary>
/// <param name="Section">What the fragment replaces.</param>
/// <param name="Name">The action's name, for <see cref="RulesetSection.Action"/> and <see cref="RulesetSection.ActionEnabled"/>.</param>
/// <param name="Json">The fragment (<c>true</c>/<c>false</c> for <see cref="RulesetSection.ActionEnabled"/>).</param>
/// <param name="ExpectedVersion">When set, the edit applies only if this is still the current version.</param>
/// <param name="EditedBy">Who made the change, for the version history.</param>
[GenerateSerializer, Immutable, Alias("gamification.ruleset-edit")]
public sealed record RulesetEdit(
    [property: Id(0)] RulesetSection Section,
    [property: Id(1)] string? Name,
    [property: Id(2)] string Json,
    [property: Id(3)] int? ExpectedVersion,
    [property: Id(4)] string? EditedBy);
