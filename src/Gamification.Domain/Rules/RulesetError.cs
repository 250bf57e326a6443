namespace Gamification.Domain.Rules;

/// <summary>One problem in a ruleset file: where (a JSON path such as <c>$.actions.create_character.xp</c>) and why.</summary>
public sealed record RulesetError(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}
