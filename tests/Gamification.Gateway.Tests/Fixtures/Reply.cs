using System.Net;
using System.Text.Json.Nodes;

namespace Gamification.Gateway.Tests.Fixtures;

/// <summary>An answer of the gateway: status, headers and the JSON body, if any.</summary>
public sealed record Reply(HttpStatusCode Status, string? ContentType, JsonNode? Body, HttpResponseMessage Response)
{
    public JsonNode Json => Body ?? throw new InvalidOperationException($"{(int)Status} had no JSON body");

    public string? Header(string name) =>
        Response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    /// <summary>The problem's <c>errors</c> fields, empty if it names none.</summary>
    public IReadOnlyCollection<string> ErrorFields =>
        Body?["errors"] is JsonObject errors ? [.. errors.Select(e => e.Key)] : [];

    public override string ToString() => $"{(int)Status} {ContentType} {Body?.ToJsonString()}";
}
