namespace Gamification.Contracts.Wallets;

/// <summary>A transfer as it stands.</summary>
/// <param name="Failure">Why it rolled back (<c>insufficient_balance</c>), if it did.</param>
public sealed record TransferView(
    string TransferId,
    string FromUserId,
    string ToUserId,
    long Amount,
    string? Memo,
    TransferStatus Status,
    string? Failure,
    DateTimeOffset RequestedAt,
    DateTimeOffset? FinishedAt)
{
    /// <summary>Completed or rolled back: it will not change again.</summary>
    public bool IsFinal => Status is TransferStatus.Completed or TransferStatus.RolledBack;
}
