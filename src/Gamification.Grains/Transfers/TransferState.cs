using Gamification.Contracts.Wallets;

namespace Gamification.Grains.Transfers;

/// <summary>A transfer as stored; <see cref="Status"/> is null until the transfer id is first used.</summary>
public sealed class TransferState
{
    public TransferStatus? Status { get; set; }

    public string FromUserId { get; set; } = "";

    public string ToUserId { get; set; } = "";

    public long Amount { get; set; }

    public string? Memo { get; set; }

    public string? Failure { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public bool IsFinal => Status is TransferStatus.Completed or TransferStatus.RolledBack;

    /// <summary>Whether <paramref name="command"/> asks for this very transfer (a retry), not another one under the same id.</summary>
    public bool Matches(TransferCommand command) =>
        command.FromUserId == FromUserId && command.ToUserId == ToUserId && command.Amount == Amount && command.Memo == Memo;
}
