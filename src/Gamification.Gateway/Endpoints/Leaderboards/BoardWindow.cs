using Gamification.Contracts.Leaderboards;
using Gamification.Gateway.Errors;

namespace Gamification.Gateway.Endpoints.Leaderboards;

/// <summary>The window a request names, resolved against the gateway's clock; module boards are all-time only.</summary>
internal static class BoardWindow
{
    public static IResult? Refuse(string board, string? window, TimeProvider clock, out string key)
    {
        key = LeaderboardWindows.Resolve(window, clock.GetUtcNow()) ?? "";
        if (key.Length == 0)
            return Problems.Validation("window", $"window {LeaderboardWindows.Rule}");
        if (board.StartsWith(LeaderboardKeys.ModulePrefix, StringComparison.Ordinal) && key != LeaderboardWindows.AllTime)
            return Problems.Validation("window", "A module board counts messages over all time: window must be all");
        return null;
    }
}
