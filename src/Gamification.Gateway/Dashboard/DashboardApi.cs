using System.Security.Claims;
using Gamification.Client;
using Gamification.Gateway.Errors;
using Orleans.Runtime;

namespace Gamification.Gateway.Dashboard;

/// <summary>The dashboard's read-only views; each answers from a few bounded grain calls, never with a secret.</summary>
internal static class DashboardApi
{
    public static IResult Session(ClaimsPrincipal principal, DashboardApps apps)
    {
        var viewer = Viewer.From(principal)!;
        return TypedResults.Json(
            new SessionReply(viewer.Name, viewer.KeyApp is null ? "user" : "key", [.. apps.All.Where(viewer.MaySee)], viewer.KeyApp is null),
            DashboardJsonContext.Default.SessionReply);
    }

    public static async Task<IResult> ClusterAsync(IClusterDiagnostics diagnostics, IServiceProvider services, CancellationToken cancellationToken)
    {
        var silos = diagnostics.GetSilosAsync(cancellationToken);
        var calls = diagnostics.GetCallsAsync(cancellationToken);
        // A silo in this process marks its row; a gateway that is only an Orleans client has none.
        var local = services.GetService<ILocalSiloDetails>()?.SiloAddress;
        return TypedResults.Json(DashboardViews.Cluster(await silos, await calls, local), DashboardJsonContext.Default.ClusterReply);
    }

    public static async Task<IResult> GrainsAsync(IClusterDiagnostics diagnostics, CancellationToken cancellationToken) =>
        TypedResults.Json(DashboardViews.GrainTypes(await diagnostics.GetGrainTypesAsync(cancellationToken)), DashboardJsonContext.Default.GrainTypesReply);

    public static async Task<IResult> StorageAsync(IClusterDiagnostics diagnostics, CancellationToken cancellationToken) =>
        TypedResults.Json(DashboardViews.Storage(await diagnostics.GetStorageAsync(cancellationToken)), DashboardJsonContext.Default.StorageReply);

    public static async Task<IResult> RemindersAsync(int? limit, IClusterDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 500)
            return Problems.Validation("limit", "limit must be between 1 and 500");
        var overview = await diagnostics.GetRemindersAsync(limit ?? 50, cancellationToken);
        return TypedResults.Json(DashboardViews.Reminders(overview), DashboardJsonContext.Default.RemindersReply);
    }

    public static async Task<IResult> RulesetAsync(string? app, ClaimsPrincipal principal, DashboardApps apps, IGamificationClient client, CancellationToken cancellationToken)
    {
        var (chosen, problem) = apps.Choose(app, Viewer.From(principal)!);
        if (problem is not null)
            return problem;
        return TypedResults.Json(await client.GetRulesetAsync(chosen!, cancellationToken), DashboardJsonContext.Default.RulesetView);
    }
}
