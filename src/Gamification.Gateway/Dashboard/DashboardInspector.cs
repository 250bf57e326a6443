using System.Security.Claims;
using System.Text.Json;
using Gamification.Client;
using Gamification.Contracts;
using Gamification.Gateway.Errors;
using Gamification.Contracts.Inspection;

namespace Gamification.Gateway.Dashboard;

/// <summary><c>GET /dashboard/api/inspect?app=&amp;kind=user|module&amp;id=</c>: a grain read from storage by an inspector grain, never activated.</summary>
internal static class DashboardInspector
{
    // The grain type names the grains declare ([GrainType]); the gateway never references the grains.
    private static readonly Dictionary<string, string> GrainTypes = new(StringComparer.Ordinal) { ["user"] = "user-progress", ["module"] = "module" };

    public static async Task<IResult> InspectAsync(
        string? app, string? kind, string? id, long? after, int? limit,
        ClaimsPrincipal principal, DashboardApps apps, IClusterDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        kind ??= "user";
        if (!GrainTypes.TryGetValue(kind, out var grainType))
            return Problems.Validation("kind", "kind must be user or module");
        if (!Ids.IsValid(id))
            return Problems.Validation("id", $"id {Ids.Rule}");
        if (after is < 0)
            return Problems.Validation("after", "after must not be negative");
        if (limit is < 1 or > 500)
            return Problems.Validation("limit", "limit must be between 1 and 500");
        var (chosen, problem) = apps.Choose(app, Viewer.From(principal)!);
        if (problem is not null)
            return problem;
        var key = kind == "user" ? GrainKeys.User(chosen!, id!) : GrainKeys.Module(chosen!, id!);
        var inspection = await diagnostics.InspectAsync(grainType, key, after, limit ?? 50, cancellationToken);
        return TypedResults.Json(Reply(chosen!, kind, id!, inspection), DashboardJsonContext.Default.InspectionReply);
    }

    private static InspectionReply Reply(string app, string kind, string id, GrainInspection inspection) => new(
        app, kind, id, inspection.Grain.Type.ToString()!, inspection.Grain.Key.ToString()!, inspection.State is not null, inspection.Active, inspection.Silo,
        inspection.State?.ETag, inspection.State?.UpdatedAt, inspection.State is { } state ? Parse(state.PayloadJson) : null,
        [.. inspection.Journal.Select(r => new LedgerRowReply(r.Sequence, r.Entry.IdempotencyKey, r.Entry.Kind, r.Entry.At, Parse(r.Entry.PayloadJson)))]);

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
