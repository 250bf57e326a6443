using System.Security.Claims;
using Gamification.Client;
using Gamification.Gateway.Errors;

namespace Gamification.Gateway.Dashboard;

/// <summary>The dashboard's read-only views; each answers from memory or one bounded read, never with a secret.</summary>
internal static class DashboardApi
{
    public static IResult Session(ClaimsPrincipal principal, DashboardApps apps)
    {
        var viewer = Viewer.From(principal)!;
        return TypedResults.Json(
            new SessionReply(viewer.Name, viewer.KeyApp is null ? "user" : "key", [.. apps.All.Where(viewer.MaySee)]),
            DashboardJsonContext.Default.SessionReply);
    }

    public static async Task<IResult> ClusterAsync(IClusterDiagnostics diagnostics, MetricsWindow window, TimeProvider clock, CancellationToken cancellationToken)
    {
        var silos = await diagnostics.GetSilosAsync(cancellationToken);
        return TypedResults.Json(ClusterView.Of(silos, diagnostics.LocalSilo, window, clock.GetUtcNow()), DashboardJsonContext.Default.ClusterReply);
    }

    public static IResult Grains(MetricsWindow window, TimeProvider clock) =>
        TypedResults.Json(GrainTypesView.Of(window, clock.GetUtcNow()), DashboardJsonContext.Default.GrainTypesReply);

    public static IResult Storage(MetricsWindow window) => TypedResults.Json(StorageView.Of(window), DashboardJsonContext.Default.StorageReply);

    public static async Task<IResult> RemindersAsync(int? limit, IClusterDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 500)
            return Problems.Validation("limit", "limit must be between 1 and 500");
        var overview = await diagnostics.GetRemindersAsync(limit ?? 50, cancellationToken);
        return TypedResults.Json(RemindersView.Of(overview), DashboardJsonContext.Default.RemindersReply);
    }

    public static async Task<IResult> RulesetAsync(string? app, ClaimsPrincipal principal, DashboardApps apps, IGamificationClient client, CancellationToken cancellationToken)
    {
        var (chosen, problem) = apps.Choose(app, Viewer.From(principal)!);
        if (problem is not null)
            return problem;
        return TypedResults.Json(await client.GetRulesetAsync(chosen!, cancellationToken), DashboardJsonContext.Default.RulesetView);
    }
}
