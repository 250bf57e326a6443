namespace Gamification.Contracts.Invariants;

/// <summary>The check of one page of an app's users (ordered by id); pass <paramref name="NextAfter"/> to check on.</summary>
/// <param name="LedgerEntries">Ledger rows read for these users.</param>
public sealed record InvariantPage(int UsersChecked, long LedgerEntries, IReadOnlyList<InvariantViolation> Violations, string? NextAfter);
