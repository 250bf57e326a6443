using System.Text.Json;

namespace Gamification.Dashboard.Tests;

/// <summary>Reads an answer's JSON body.</summary>
public static class Json
{
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
