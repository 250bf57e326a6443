namespace Gamification.Contracts.Invariants;

/// <summary>The check of one page of an app's users (ordered by id); pass <paramref name="NextAfter"/> to check on.</summary>
/// <param name="LedgerEntries">Ledger rows read for these users.</param>
[GenerateSerializer, Alias("gamification.invariant-page")]
public sealed record InvariantPage(
    [property: Id(0)] int UsersChecked,
    [property: Id(1)] long LedgerEntries,
    [property: Id(2)] IReadOnlyList<InvariantViolation> Violations,
    [property: Id(3)] string? NextAfter);
