using System.Text.Json;

namespace Gamification.Cli.Connection;

/// <summary>The human part of an RFC 7807 problem body: detail, else title, plus the named fields' errors.</summary>
internal static class ProblemText
{
    public static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var text = root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String
                ? detail.GetString()!
                : root.TryGetProperty("title", out var title) ? title.GetString() ?? "" : "";
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                var fields = errors.EnumerateObject().Select(e => $"{e.Name}: {string.Join("; ", e.Value.EnumerateArray().Select(v => v.GetString()))}");
                text = string.Join(" | ", new[] { text }.Concat(fields).Where(s => s.Length > 0));
            }
            return text.Length > 0 ? text : $"HTTP {(int)response.StatusCode}";
        }
        catch (JsonException)
        {
            return $"HTTP {(int)response.StatusCode}";
        }
    }
}
