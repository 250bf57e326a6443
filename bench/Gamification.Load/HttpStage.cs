using Gamification.Contracts.Awards;
using Gamification.Contracts.Progress;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gamification.Load;

/// <summary>
/// How far into the gateway an HTTP award goes: the bench maps the partial stages beside the real endpoint, on the same
/// host, so the CPU of each stage is the difference between two rows of one run.
/// </summary>
internal sealed record HttpStage(string Design, string Route)
{
    /// <summary>The gateway's own middleware, API key authentication and authorization; no rate limit, no grain call.</summary>
    public static readonly HttpStage Authenticated = new("http-authenticated", "/bench/authenticated");

    /// <summary>As <see cref="Authenticated"/>, plus the per-credential rate limiter.</summary>
    public static readonly HttpStage RateLimited = new("http-rate-limited", "/bench/rate-limited");

    /// <summary>The real <c>POST /api/exp/gain</c>: validation, the grain call, the award's JSON.</summary>
    public static readonly HttpStage Full = new("http", "/api/exp/gain");

    public static HttpStage For(string design) => design switch
    {
        "http-authenticated" => Authenticated,
        "http-rate-limited" => RateLimited,
        _ => Full,
    };

    /// <summary>Maps the partial stages on <paramref name="app"/>: each reads the award's JSON and answers an award of the same shape.</summary>
    public static void MapOn(IEndpointRouteBuilder app)
    {
        // The gateway's policy names (internal to it): the award scope, and the per-credential limiter.
        app.MapPost(Authenticated.Route, (BenchAward award) => Answer(award)).RequireAuthorization("gateway:award");
        app.MapPost(RateLimited.Route, (BenchAward award) => Answer(award)).RequireAuthorization("gateway:award").RequireRateLimiting("gateway:per-credential");
    }

    /// <summary>An award's answer, as the real endpoint writes it, without asking a grain.</summary>
    public static IResult Answer(BenchAward award) => TypedResults.Ok(new AwardResult
    {
        AwardedTo = award.UserId,
        Action = award.Action,
        Status = AwardStatus.Granted,
        IdempotencyKey = award.IdempotencyKey,
        ExpAdded = 5,
        TotalExp = 5,
        Level = 1,
        Progress = new LevelProgressView(1, "Newcomer", 5, 5, 100, 95, 100, 5.0, IsMaxLevel: false),
    });
}
