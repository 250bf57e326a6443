namespace Gamification.Contracts.Wallets;

/// <summary>Move <paramref name="Amount"/> tokens from <paramref name="FromUserId"/> to <paramref name="ToUserId"/>.</summary>
[GenerateSerializer, Immutable, Alias("gamification.transfer-command")]
public sealed record TransferCommand(
    [property: Id(0)] string FromUserId,
    [property: Id(1)] string ToUserId,
    [property: Id(2)] long Amount,
    [property: Id(3)] string? Memo);
