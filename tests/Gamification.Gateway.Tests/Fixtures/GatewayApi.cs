using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gamification.Gateway.Tests.Fixtures;

/// <summary>Plain HTTP calls to the gateway, as an app would make them.</summary>
public sealed class GatewayApi(HttpClient http)
{
    public Task<Reply> Get(string path, Credential credential) => Send(HttpMethod.Get, path, credential, content: null);

    public Task<Reply> Post(string path, object body, Credential credential) => Send(HttpMethod.Post, path, credential, Json(body));

    public Task<Reply> Put(string path, object body, Credential credential) => Send(HttpMethod.Put, path, credential, Json(body));

    public Task<Reply> Gain(string app, object body) => Post("/api/exp/gain", body, Credential.All(app));

    public async Task<JsonNode> Progress(string app, string userId) =>
        (await Get($"/api/users/{userId}/progress", Credential.Read(app))).Json;

    public async Task<Reply> Send(HttpMethod method, string path, Credential credential, HttpContent? content, Action<HttpRequestMessage>? adjust = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        credential.Apply(request);
        adjust?.Invoke(request);
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var contentType = response.Content.Headers.ContentType?.MediaType;
        var body = contentType?.Contains("json", StringComparison.Ordinal) == true && text.Length > 0 ? JsonNode.Parse(text) : null;
        return new Reply(response.StatusCode, contentType, body, response);
    }

    public static StringContent Json(object body) => Raw(JsonSerializer.Serialize(body), "application/json");

    public static StringContent Raw(string text, string? mediaType)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = mediaType is null ? null : new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        return content;
    }
}
