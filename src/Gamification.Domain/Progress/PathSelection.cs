using Gamification.Domain.Rules;

namespace Gamification.Domain.Progress;

/// <summary>Choosing a primary path: only an enabled path of the ruleset; path XP already earned stays with each path.</summary>
public static class PathSelection
{
    /// <summary>Why <paramref name="pathId"/> cannot be chosen, or null when it was set.</summary>
    public static string? Choose(UserProgress state, Ruleset rules, string pathId)
    {
        if (!rules.Paths.TryGetValue(pathId, out var path))
            return $"there is no path '{pathId}'";
        if (!path.Enabled)
            return $"path '{pathId}' is disabled";
        state.PrimaryPath = pathId;
        return null;
    }
}
