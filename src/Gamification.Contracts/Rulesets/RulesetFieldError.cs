namespace Gamification.Contracts.Rulesets;

/// <summary>Why an edit was refused: the JSON path of the field (<c>$.actions.post.xp</c>) and the rule it breaks.</summary>
[GenerateSerializer, Immutable, Alias("gamification.ruleset-field-error")]
public sealed record RulesetFieldError([property: Id(0)] string Path, [property: Id(1)] string Message);
