using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gamification.Cli.Connection;

/// <summary>
/// The gateway over HTTP with one API key: JSON in snake_case, retries on 503 and lost connections
/// (every write the CLI sends carries an idempotency key, so a retry never applies twice).
/// </summary>
internal sealed class GatewayConnection : IDisposable
{
    private const int MaxAttempts = 6;
    private readonly HttpClient http;

    public GatewayConnection(Uri baseAddress, string key)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
    }

    public Uri BaseAddress => http.BaseAddress!;

    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        await GatewayException.ThrowUnlessSuccess(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(CliJson.Options, cancellationToken))!;
    }

    /// <summary>Posts <paramref name="body"/>; the caller reads the status (a refusal is an answer, not an error).</summary>
    public Task<HttpResponseMessage> PostAsync<T>(string path, T body, CancellationToken cancellationToken) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: CliJson.Options) }, cancellationToken);

    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(200);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var message = request();
                var response = await http.SendAsync(message, cancellationToken);
                if (!Retryable(response.StatusCode) || attempt == MaxAttempts)
                    return response;
                response.Dispose();
            }
            catch (HttpRequestException) when (attempt < MaxAttempts)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested && attempt < MaxAttempts)
            {
            }
            await Task.Delay(delay, cancellationToken);
            delay *= 2;
        }
    }

    private static bool Retryable(HttpStatusCode status) =>
        status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;
}
