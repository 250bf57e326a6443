using Gamification.Domain.Awards;
using Gamification.Domain.Progress;

namespace Gamification.Grains.Paths;

/// <summary>
/// The path leaderboard feed for the leaderboards' <c>IAwardFollowUp</c>: after a committed award,
/// the board <c>path:&lt;id&gt;</c> of the user's primary path and the user's new score on it (their
/// path XP, which only grows). Nothing when the award earned no action XP or the user has no path.
/// </summary>
public static class PathBoards
{
    public const string Prefix = "path:";

    public static string BoardId(string pathId) => Prefix + pathId;

    public static IEnumerable<(string BoardId, long Score)> ScoresAfter(AwardOutcome outcome, UserProgress state)
    {
        if (state.PrimaryPath is not { } path || !outcome.Entries.Any(e => e.Kind == LedgerKind.Action && e.Granted > 0))
            yield break;
        yield return (BoardId(path), state.PathXp.GetValueOrDefault(path));
    }
}
