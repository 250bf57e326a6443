namespace Gamification.Contracts.Analytics;

/// <summary>
/// Tokens issued and spent between two UTC days. <paramref name="Tracked"/> is false (and the sums
/// zero) until the app has a wallet: the token economy feeds this shape when it lands.
/// </summary>
public sealed record TokenFlow(DateOnly From, DateOnly To, long Issued, long Spent, bool Tracked);
