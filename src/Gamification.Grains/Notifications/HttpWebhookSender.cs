using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Grains.Notifications;

/// <summary><see cref="IWebhookSender"/> over one shared <see cref="HttpClient"/>, signing each body with the webhook's secret.</summary>
internal sealed partial class HttpWebhookSender(TimeProvider clock, IOptions<NotificationOptions> options, ILogger<HttpWebhookSender> logger)
    : IWebhookSender, IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.Value.Timeout };

    public async Task<bool> SendAsync(Webhook webhook, string eventId, string body, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.EventIdHeader, eventId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(webhook.Secret, timestamp, body));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
                LogRefused(eventId, webhook.Url, (int)response.StatusCode);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            LogFailed(eventId, webhook.Url, e.GetType().Name);
            return false;
        }
    }

    public void Dispose() => http.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Url} answered {StatusCode} to event {EventId}")]
    private partial void LogRefused(string eventId, string url, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Url} failed for event {EventId}: {Failure}")]
    private partial void LogFailed(string eventId, string url, string failure);
}
