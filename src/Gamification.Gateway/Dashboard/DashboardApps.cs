using Gamification.Gateway.Errors;

namespace Gamification.Gateway.Dashboard;

/// <summary>The apps this cluster serves (the <c>Apps</c> section's names), and which one a request means.</summary>
internal sealed class DashboardApps(IConfiguration configuration)
{
    public IReadOnlyList<string> All => [.. configuration.GetSection("Apps").GetChildren().Select(c => c.Key).Order(StringComparer.Ordinal)];

    /// <summary>The app asked for (else the key's app, else the first), or the problem to answer: 404 unknown, 403 another app's key.</summary>
    public (string? App, IResult? Problem) Choose(string? requested, Viewer viewer)
    {
        var all = All;
        var app = requested ?? viewer.KeyApp ?? (all is [var first, ..] ? first : null);
        if (app is null || !all.Contains(app, StringComparer.Ordinal))
            return (null, Problems.NotFound("app", "No app of that name is configured on this cluster"));
        if (!viewer.MaySee(app))
            return (null, Problems.Forbidden("app", "An admin key sees only its own app"));
        return (app, null);
    }
}
