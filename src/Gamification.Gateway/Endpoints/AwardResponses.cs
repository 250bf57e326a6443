using Gamification.Contracts.Awards;
using Gamification.Gateway.Errors;

namespace Gamification.Gateway.Endpoints;

/// <summary>An award's answer: 200 with seed 001's body (a duplicate's original figures too), or its refusal as a problem.</summary>
internal static class AwardResponses
{
    public static IResult From(AwardResult result) =>
        result is { Status: AwardStatus.Rejected, Refusal: { } refusal } ? RefusalProblems.From(refusal) : TypedResults.Ok(result);
}
