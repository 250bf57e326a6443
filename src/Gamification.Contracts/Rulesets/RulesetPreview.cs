namespace Gamification.Contracts.Rulesets;

/// <summary>
/// A dry run: a user's recent actions replayed under the current and the proposed ruleset, and what
/// would differ. Nothing is stored or applied.
/// </summary>
/// <param name="Errors">Why the proposed ruleset is invalid; when not empty, nothing was replayed.</param>
/// <param name="Events">Every replayed event, oldest first.</param>
/// <param name="Differences">How many events earn differently.</param>
[GenerateSerializer, Alias("gamification.ruleset-preview")]
public sealed record RulesetPreview(
    [property: Id(0)] string UserId,
    [property: Id(1)] int CurrentVersion,
    [property: Id(2)] int ProposedVersion,
    [property: Id(3)] IReadOnlyList<RulesetFieldError> Errors,
    [property: Id(4)] IReadOnlyList<ReplayedEvent> Events,
    [property: Id(5)] int Differences,
    [property: Id(6)] long CurrentTotalXp,
    [property: Id(7)] long ProposedTotalXp,
    [property: Id(8)] int CurrentLevel,
    [property: Id(9)] int ProposedLevel);
