namespace Gamification.Domain.Rules;

/// <summary>A ruleset that failed validation; the message lists every error with its JSON path.</summary>
public sealed class InvalidRulesetException(string source, IReadOnlyList<RulesetError> errors)
    : Exception($"Ruleset {source} is invalid:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", errors)}")
{
    public IReadOnlyList<RulesetError> Errors { get; } = errors;
}
