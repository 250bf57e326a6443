namespace Gamification.Domain.Streaks;

/// <summary>
/// A streak's state after a ledger entry, carried by the entry so that replaying the ledger rebuilds the streak.
/// </summary>
/// <param name="Period">The first day of the period the entry is about (extended, frozen or the first one missed).</param>
/// <param name="Length">The current streak after the entry; 0 once it is lost.</param>
/// <param name="Freezes">Freezes held after the entry.</param>
public sealed record StreakMark(string StreakId, DateOnly Period, int Length, int Freezes);
