using System.Net;
using Gamification.Runtime;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Gamification.Silo;

/// <summary>
/// The silo endpoint: HTTP/2 cleartext on its own port, next to the gateway's. Grain calls arrive as envelopes on
/// <c>POST /grains/call</c>; the partition map is served on <c>GET /cluster/partitions</c>.
/// </summary>
internal static class SiloEndpoint
{
    public static void Listen(WebApplicationBuilder builder, int siloPort)
    {
        // Listening in code replaces the Urls setting, so the gateway's addresses are bound here too.
        var urls = (builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey) ?? builder.Configuration["Urls"] ?? "http://localhost:5080")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var url in urls.Select(BindingAddress.Parse))
                Bind(kestrel, url.Host, url.Port);
            kestrel.ListenAnyIP(siloPort, listen => listen.Protocols = HttpProtocols.Http2);
            // Every call of a peer shares its one connection.
            kestrel.Limits.Http2.MaxStreamsPerConnection = 1024;
        });
    }

    public static void Map(WebApplication app, int siloPort)
    {
        var host = $"*:{siloPort}";
        app.MapPost(SiloConnections.CallPath, CallAsync).RequireHost(host).ExcludeFromDescription();
        app.MapGet(SiloConnections.MapPath, (SiloCallDispatcher dispatcher) => Results.Bytes(dispatcher.PartitionMap(), "application/octet-stream"))
            .RequireHost(host).ExcludeFromDescription();
    }

    private static async Task CallAsync(HttpContext context, SiloCallDispatcher dispatcher)
    {
        context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize = 4 * 1024 * 1024;
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        byte[] answer;
        try
        {
            answer = await dispatcher.DispatchAsync(body.GetBuffer().AsMemory(0, (int)body.Length));
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        context.Response.ContentType = GrainCallEnvelope.ContentType;
        context.Response.ContentLength = answer.Length;
        await context.Response.Body.WriteAsync(answer, context.RequestAborted);
    }

    private static void Bind(KestrelServerOptions kestrel, string host, int port)
    {
        if (host is "localhost")
            kestrel.ListenLocalhost(port);
        else if (host is "*" or "+" or "0.0.0.0" or "[::]")
            kestrel.ListenAnyIP(port);
        else
            kestrel.Listen(IPAddress.Parse(host.Trim('[', ']')), port);
    }
}
