namespace Gamification.Contracts.Rulesets;

/// <summary>
/// A dry run: a user's recent actions replayed under the current and the proposed ruleset, and what
/// would differ. Nothing is stored or applied.
/// </summary>
/// <param name="Errors">Why the proposed ruleset is invalid; when not empty, nothing was replayed.</param>
/// <param name="Events">Every replayed event, oldest first.</param>
/// <param name="Differences">How many events earn differently.</param>
public sealed record RulesetPreview(
    string UserId,
    int CurrentVersion,
    int ProposedVersion,
    IReadOnlyList<RulesetFieldError> Errors,
    IReadOnlyList<ReplayedEvent> Events,
    int Differences,
    long CurrentTotalXp,
    long ProposedTotalXp,
    int CurrentLevel,
    int ProposedLevel);
