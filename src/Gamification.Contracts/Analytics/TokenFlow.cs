namespace Gamification.Contracts.Analytics;

/// <summary>
/// Tokens issued and spent between two UTC days. <paramref name="Tracked"/> is false (and the sums
/// zero) until the app has a wallet: the token economy feeds this shape when it lands.
/// </summary>
[GenerateSerializer, Immutable, Alias("gamification.token-flow")]
public sealed record TokenFlow(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] long Issued,
    [property: Id(3)] long Spent,
    [property: Id(4)] bool Tracked);
