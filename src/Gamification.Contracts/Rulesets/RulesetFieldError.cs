namespace Gamification.Contracts.Rulesets;

/// <summary>Why an edit was refused: the JSON path of the field (<c>$.actions.post.xp</c>) and the rule it breaks.</summary>
public sealed record RulesetFieldError(string Path, string Message);
