namespace Gamification.Contracts.Wallets;

/// <summary>Move <paramref name="Amount"/> tokens from <paramref name="FromUserId"/> to <paramref name="ToUserId"/>.</summary>
public sealed record TransferCommand(string FromUserId, string ToUserId, long Amount, string? Memo);
