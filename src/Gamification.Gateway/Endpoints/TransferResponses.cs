using Gamification.Contracts.Wallets;
using Gamification.Gateway.Errors;

namespace Gamification.Gateway.Endpoints;

/// <summary>
/// A transfer's answer: 200 completed, 202 still in flight (the service finishes it), 422 rolled back
/// (nothing moved), 409 when the transfer id was used for another transfer.
/// </summary>
internal static class TransferResponses
{
    public static IResult From(TransferResult result) => result switch
    {
        { Conflict: true } => Problems.Conflict("transfer_id", $"transfer_id {result.Transfer.TransferId} was used for another transfer"),
        { Transfer.Status: TransferStatus.Completed } => TypedResults.Ok(result.Transfer),
        { Transfer.Status: TransferStatus.RolledBack } => Problems.Of(
            WalletResponses.StatusOf(result.Transfer.Failure ?? ""), $"Transfer {result.Transfer.TransferId} was rolled back, nothing moved: {Describe(result.Transfer)}",
            "amount", reason: result.Transfer.Failure),
        _ => TypedResults.Accepted($"/api/transfers/{result.Transfer.TransferId}", result.Transfer),
    };

    private static string Describe(TransferView transfer) => transfer.Failure switch
    {
        "insufficient_balance" => $"{transfer.FromUserId}'s balance was short of {transfer.Amount}",
        var other => other ?? "refused",
    };
}
