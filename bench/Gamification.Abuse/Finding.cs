namespace Gamification.Abuse;

/// <summary>A request the gateway answered wrongly: a 5xx, an acceptance, a leak, or a refusal without a problem body.</summary>
public sealed record Finding(HostileRequest Request, int Status, string What)
{
    public override string ToString() =>
        $"{What}: {Request.Category} {Request.Method} {Shorten(Request.Path)} as {Request.Credential.Name} -> {Status}{(Request.Body is { } body ? $" body {Shorten(body)}" : "")}";

    private static string Shorten(string text) => text.Length > 120 ? $"{text[..120]}... ({text.Length} chars)" : text;
}
