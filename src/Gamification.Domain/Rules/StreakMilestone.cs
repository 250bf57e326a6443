namespace Gamification.Domain.Rules;

/// <summary>What reaching <paramref name="Length"/> periods in one streak earns, once per streak that reaches it.</summary>
/// <param name="Xp">XP, within the daily cap like any earning.</param>
/// <param name="Badge">A badge of the ruleset, granted once ever.</param>
/// <param name="Tokens">Tokens credited to the wallet, when the app has a token economy.</param>
/// <param name="Freezes">Freezes earned, up to the streak's cap on freezes held.</param>
public sealed record StreakMilestone(int Length, int Xp, string? Badge, long Tokens, int Freezes);
