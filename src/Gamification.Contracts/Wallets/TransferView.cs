namespace Gamification.Contracts.Wallets;

/// <summary>A transfer as it stands.</summary>
/// <param name="Failure">Why it rolled back (<c>insufficient_balance</c>), if it did.</param>
[GenerateSerializer, Immutable, Alias("gamification.transfer-view")]
public sealed record TransferView(
    [property: Id(0)] string TransferId,
    [property: Id(1)] string FromUserId,
    [property: Id(2)] string ToUserId,
    [property: Id(3)] long Amount,
    [property: Id(4)] string? Memo,
    [property: Id(5)] TransferStatus Status,
    [property: Id(6)] string? Failure,
    [property: Id(7)] DateTimeOffset RequestedAt,
    [property: Id(8)] DateTimeOffset? FinishedAt)
{
    /// <summary>Completed or rolled back: it will not change again.</summary>
    public bool IsFinal => Status is TransferStatus.Completed or TransferStatus.RolledBack;
}
