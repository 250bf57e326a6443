namespace Gamification.Gateway.Tests.Edges;

/// <summary>One bad request: what is sent (for a given user id) and the status and field the problem must name.</summary>
public sealed record BadInputCase(HttpMethod Method, Func<string, string> Path, Func<string, HttpContent?> Body, int Status, string Field)
{
    public Action<HttpRequestMessage>? Adjust { get; init; }
}
