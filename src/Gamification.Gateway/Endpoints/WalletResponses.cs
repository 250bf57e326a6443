using Gamification.Contracts.Wallets;
using Gamification.Gateway.Errors;

namespace Gamification.Gateway.Endpoints;

/// <summary>A wallet change's answer: 200 with the result (a duplicate's original row too), or its refusal as a problem naming the field.</summary>
internal static class WalletResponses
{
    public static IResult From(WalletResult result) =>
        result is { Status: WalletStatus.Refused, Refusal: { } refusal } ? Problem(refusal) : TypedResults.Ok(result);

    public static IResult Problem(WalletRefusal refusal) =>
        Problems.Of(StatusOf(refusal.Reason), refusal.Detail, refusal.Field, reason: refusal.Reason);

    public static int StatusOf(string reason) => reason switch
    {
        "unknown_item" => StatusCodes.Status404NotFound,
        "already_owned" or "key_reused" or "freeze_cap_reached" => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}
