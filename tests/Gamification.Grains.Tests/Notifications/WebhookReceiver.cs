using System.Collections.Concurrent;
using Gamification.Grains.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gamification.Grains.Tests.Notifications;

/// <summary>A real webhook receiver on loopback (Kestrel) that refuses the requests the test tells it to, and keeps the rest.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Func<int, bool> refuse;
    private int requests;

    private WebhookReceiver(Func<int, bool> refuse)
    {
        this.refuse = refuse;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/hook", Receive);
    }

    public ConcurrentBag<Delivery> Accepted { get; } = [];

    public int Requests => Volatile.Read(ref requests);

    public string Url => app.Urls.First() + "/hook";

    /// <summary>Starts a receiver that answers 503 to request n (1, 2, 3...) when <paramref name="refuse"/> says so.</summary>
    public static async Task<WebhookReceiver> StartAsync(Func<int, bool> refuse)
    {
        var receiver = new WebhookReceiver(refuse);
        await receiver.app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> Receive(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        if (refuse(Interlocked.Increment(ref requests)))
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        Accepted.Add(new Delivery(
            request.Headers[WebhookSignature.EventIdHeader].ToString(),
            long.Parse(request.Headers[WebhookSignature.TimestampHeader].ToString(), System.Globalization.CultureInfo.InvariantCulture),
            request.Headers[WebhookSignature.SignatureHeader].ToString(),
            body));
        return Results.Ok();
    }

    public sealed record Delivery(string EventId, long Timestamp, string Signature, string Body);
}
