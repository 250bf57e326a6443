namespace Gamification.Contracts.Rulesets;

/// <summary>The outcome of an edit: the new version, or why not (field errors, or a stale expected version).</summary>
/// <param name="Ruleset">The ruleset now in use, when the edit applied.</param>
/// <param name="Errors">Every validation error, each naming its field; empty when applied or stale.</param>
/// <param name="CurrentVersion">The version in use after the call.</param>
/// <param name="Stale">The edit named an expected version that is no longer current; nothing changed.</param>
[GenerateSerializer, Alias("gamification.ruleset-edit-result")]
public sealed record RulesetEditResult(
    [property: Id(0)] RulesetView? Ruleset,
    [property: Id(1)] IReadOnlyList<RulesetFieldError> Errors,
    [property: Id(2)] int CurrentVersion,
    [property: Id(3)] bool Stale)
{
    public bool Applied => Ruleset is not null;
}
