using System.Security.Claims;
using Gamification.Client.Invariants;
using Gamification.Contracts;
using Gamification.Contracts.Invariants;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;
using Gamification.Gateway.Requests;

namespace Gamification.Gateway.Endpoints;

/// <summary><c>POST /admin/check</c>: the invariant checker over one page of the app's users, run inside the silo.</summary>
internal static class AdminCheckEndpoints
{
    public const int DefaultLimit = 200;

    public static RouteGroupBuilder MapAdminCheckEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapPost("/check", Check)
            .WithName("CheckInvariants")
            .WithSummary("Checks up to limit users after `after` (by id): XP equals the ledger, keys once, daily caps and limits kept, badges once; the first page also checks the token economy (wallets equal ledgers, transfers once, tokens conserved); pass next_after to check on")
            .Produces<InvariantPage>();
        return admin;
    }

    private static async Task<IResult> Check(CheckRequest? request, ClaimsPrincipal principal, IInvariantClient checker, CancellationToken cancellationToken)
    {
        var (after, limit) = (request?.After, request?.Limit);
        if (limit is < 1 or > InvariantClient.MaxLimit)
            return Problems.Validation("limit", $"limit must be between 1 and {InvariantClient.MaxLimit}");
        if (after is not null && !Ids.IsValid(after))
            return Problems.Validation("after", $"after {Ids.Rule}");
        return TypedResults.Ok(await checker.CheckUsersAsync(principal.Caller().App, after, limit ?? DefaultLimit, cancellationToken));
    }
}
