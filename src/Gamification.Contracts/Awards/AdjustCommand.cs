namespace Gamification.Contracts.Awards;

/// <summary>An admin changes a user's XP by <paramref name="Delta"/> for <paramref name="Reason"/>; kept in the ledger.</summary>
[GenerateSerializer, Immutable, Alias("gamification.adjust-command")]
public sealed record AdjustCommand(
    [property: Id(0)] int Delta,
    [property: Id(1)] string Reason,
    [property: Id(2)] string AdminId,
    [property: Id(3)] string IdempotencyKey);
