namespace Gamification.Contracts;

/// <summary>
/// Grain keys are scoped by app, so no key of one app reaches another app's grains:
/// users are <c>app/user</c>, modules <c>app/module</c>, entities <c>app/type/id</c>.
/// </summary>
public static class GrainKeys
{
    public static string User(string app, string userId) => $"{app}/{userId}";

    public static string Module(string app, string moduleId) => $"{app}/{moduleId}";

    public static string Entity(string app, string type, string id) => $"{app}/{type}/{id}";

    /// <summary>Splits a key into its app and the rest.</summary>
    public static (string App, string Id) Split(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (key, "") : (key[..slash], key[(slash + 1)..]);
    }
}
