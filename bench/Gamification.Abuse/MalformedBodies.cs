namespace Gamification.Abuse;

/// <summary>Bodies that are not the JSON object an endpoint reads.</summary>
public static class MalformedBodies
{
    public static IReadOnlyList<string> For(string victim) =>
    [
        "", "{", "}", "{\"user_id\":", "{\"user_id\":\"" + victim, "[]", "\"text\"", "null", "12", "true",
        "{'user_id':'" + victim + "'}", "{\"user_id\":\"" + victim + "\",}", "{\"user_id\":\"" + victim + "\"}}",
        "{\"user_id\":\"" + victim + "\" /* comment */}", "{\"user_id\":\"" + victim + "\",\"user_id\":\"../../x\"}",
        "\ufeff{\"user_id\":\"\\ud800\"}", "{\"user_id\":\"\u0000\"}", "<xml/>", "user_id=" + victim,
        new string('[', 10_000) + new string(']', 10_000),
        "{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 501),
    ];
}
