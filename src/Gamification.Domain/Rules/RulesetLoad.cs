namespace Gamification.Domain.Rules;

/// <summary>A ruleset read from JSON: either the whole ruleset or every error found, never part of one.</summary>
public sealed record RulesetLoad(Ruleset? Ruleset, IReadOnlyList<RulesetError> Errors)
{
    public bool IsValid => Ruleset is not null;

    /// <summary>The ruleset, or an exception listing every error.</summary>
    public Ruleset GetOrThrow(string source) =>
        Ruleset ?? throw new InvalidRulesetException(source, Errors);
}
