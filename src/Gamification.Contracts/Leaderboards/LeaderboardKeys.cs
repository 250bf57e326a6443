namespace Gamification.Contracts.Leaderboards;

/// <summary>
/// Boards are keyed <c>app/board/window</c>: board <c>xp</c> (XP earned), <c>module:&lt;id&gt;</c>
/// (messages in a module) or any other id such as <c>path:&lt;id&gt;</c>, fed through <see cref="Grains.ILeaderboardGrain.SetScore"/>.
/// </summary>
public static class LeaderboardKeys
{
    public const string Xp = "xp";

    public const string ModulePrefix = "module:";

    public static string Module(string moduleId) => ModulePrefix + moduleId;

    public static string Of(string app, string board, string window) => $"{app}/{board}/{window}";

    /// <summary>Splits <c>app/board/window</c>.</summary>
    public static (string App, string Board, string Window) Split(string key)
    {
        var parts = key.Split('/');
        return parts.Length == 3 ? (parts[0], parts[1], parts[2]) : throw new ArgumentException($"'{key}' is not app/board/window", nameof(key));
    }
}
