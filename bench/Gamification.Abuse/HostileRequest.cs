namespace Gamification.Abuse;

/// <summary>One request of the campaign, built to be refused.</summary>
/// <param name="Category">The family of attack, for the report.</param>
/// <param name="Path">Path and query, already escaped as the attacker sends it.</param>
/// <param name="Body">The raw body, or null; sent as-is (it may be malformed on purpose).</param>
public sealed record HostileRequest(
    string Category,
    HttpMethod Method,
    string Path,
    string? Body,
    Credential Credential,
    Expectation Expectation = Expectation.Refused,
    string ContentType = "application/json")
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Path);
        if (Body is not null)
            message.Content = new StringContent(Body, System.Text.Encoding.UTF8, ContentType);
        Credential.ApplyTo(message);
        return message;
    }
}
