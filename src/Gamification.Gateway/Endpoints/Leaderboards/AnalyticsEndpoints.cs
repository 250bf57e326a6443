using System.Globalization;
using System.Security.Claims;
using Gamification.Client;
using Gamification.Contracts.Analytics;
using Gamification.Gateway.Authentication;
using Gamification.Gateway.Errors;

namespace Gamification.Gateway.Endpoints.Leaderboards;

/// <summary>Seed 003's analytics for admins: level distribution, awards per action per day, tokens issued and spent.</summary>
internal static class AnalyticsEndpoints
{
    public static RouteGroupBuilder MapAnalyticsEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/analytics/levels", Levels)
            .WithName("GetLevelDistribution")
            .WithSummary("How many users stand at each level")
            .Produces<LevelDistribution>();
        admin.MapGet("/analytics/awards", Awards)
            .WithName("GetAwardsPerDay")
            .WithSummary("Awards and XP per action per UTC day, from and to yyyy-MM-dd (both included; the last 7 days by default)")
            .Produces<AwardsPerDay>();
        admin.MapGet("/analytics/tokens", Tokens)
            .WithName("GetTokenFlow")
            .WithSummary("Tokens issued and spent in a range of UTC days; tracked is false until the app has a wallet")
            .Produces<TokenFlow>();
        return admin;
    }

    private static async Task<IResult> Levels(ClaimsPrincipal principal, IAnalyticsClient analytics, CancellationToken cancellationToken) =>
        TypedResults.Ok(await analytics.GetLevelDistributionAsync(principal.Caller().App, cancellationToken));

    private static async Task<IResult> Awards(
        string? from, string? to, ClaimsPrincipal principal, IAnalyticsClient analytics, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Refuse(from, to, clock, out var range) is { } refused)
            return refused;
        return TypedResults.Ok(await analytics.GetAwardsPerDayAsync(principal.Caller().App, range.From, range.To, cancellationToken));
    }

    private static async Task<IResult> Tokens(
        string? from, string? to, ClaimsPrincipal principal, IAnalyticsClient analytics, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Refuse(from, to, clock, out var range) is { } refused)
            return refused;
        return TypedResults.Ok(await analytics.GetTokenFlowAsync(principal.Caller().App, range.From, range.To, cancellationToken));
    }

    private static IResult? Refuse(string? from, string? to, TimeProvider clock, out (DateOnly From, DateOnly To) range)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        range = (today.AddDays(-6), today);
        if (to is not null && !DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out range.To))
            return Problems.Validation("to", "to must be a date, yyyy-MM-dd");
        if (from is not null && !DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out range.From))
            return Problems.Validation("from", "from must be a date, yyyy-MM-dd");
        if (from is null)
            range.From = range.To.AddDays(-6);
        if (range.To < range.From || range.To.DayNumber - range.From.DayNumber >= IAnalyticsClient.MaxDays)
            return Problems.Validation("to", $"to must be on or after from, at most {IAnalyticsClient.MaxDays} days in all");
        return null;
    }
}
