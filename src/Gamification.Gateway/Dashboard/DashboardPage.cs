using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gamification.Gateway.Dashboard;

/// <summary>The page, its script and its style, embedded in this assembly: no build step, no CDN, nothing on disk.</summary>
internal static class DashboardPage
{
    // Only our own files: no inline script, no third party, not framable.
    private const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly FrozenDictionary<string, (string ContentType, byte[] Body)> Files = new Dictionary<string, (string, byte[])>
    {
        ["index.html"] = ("text/html; charset=utf-8", Read("index.html")),
        ["dashboard.js"] = ("text/javascript; charset=utf-8", Read("dashboard.js")),
        ["dashboard.css"] = ("text/css; charset=utf-8", Read("dashboard.css")),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IResult Index(HttpContext context) => Serve(context, "index.html");

    public static IResult Asset(string name, HttpContext context) =>
        name != "index.html" && Files.ContainsKey(name) ? Serve(context, name) : TypedResults.NotFound();

    private static FileContentHttpResult Serve(HttpContext context, string name)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-cache";
        headers["Referrer-Policy"] = "no-referrer";
        var (contentType, body) = Files[name];
        return TypedResults.Bytes(body, contentType);
    }

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Gamification.Gateway.Dashboard.{name}")
            ?? throw new InvalidOperationException($"The dashboard's {name} is not embedded in the gateway assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
