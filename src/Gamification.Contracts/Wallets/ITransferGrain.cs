using Orleans.Concurrency;

namespace Gamification.Contracts.Wallets;

/// <summary>
/// One transfer of tokens between two users, keyed <c>app/transfer-id</c>: a durable state machine
/// (requested, debited, then completed or rolled back) that a reminder drives to its end after a crash.
/// </summary>
[Alias("gamification.transfer")]
public interface ITransferGrain : IGrainWithStringKey
{
    /// <summary>Starts the transfer, or answers its outcome when this id was used before with the same parameters.</summary>
    [Alias("Transfer")]
    Task<TransferResult> Transfer(TransferCommand command);

    /// <summary>The transfer as it stands, or null when this id was never used.</summary>
    [Alias("GetTransfer")]
    [ReadOnly]
    Task<TransferView?> GetTransfer();
}
