using Gamification.Contracts;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Leaderboards;
using Gamification.Domain.Awards;
using Gamification.Domain.Leaderboards;
using Gamification.Domain.Progress;
using Gamification.Grains.FollowUps;
using Gamification.Runtime;
using Microsoft.Extensions.Logging;

namespace Gamification.Grains.Leaderboards;

/// <summary>
/// Sets a user's scores on the <c>xp</c> boards (all-time, day, week, month) inside the turn of every
/// committed award that changed XP, so a board is fresh by the time the caller has its answer.
/// The scores are the user's totals with the ledger sequence, so a replay or a retry changes nothing.
/// </summary>
public sealed partial class LeaderboardFeed(ILogger<LeaderboardFeed> logger) : IAwardFollowUp
{
    public async Task OnCommittedAsync(string app, string userId, AwardOutcome outcome, UserProgress state, IGrainFactory grains)
    {
        if (!outcome.Entries.Any(e => e.Granted != 0))
            return;
        var (sequence, at) = (state.LedgerSequence, outcome.At);
        var updates = LeaderboardWindow.PeriodsOf(at)
            .Select(window => Set(grains, app, LeaderboardKeys.Xp, window, new ScoreUpdate(userId, state.XpByWindow.GetValueOrDefault(window), sequence, at)))
            .Append(Set(grains, app, LeaderboardKeys.Xp, LeaderboardWindow.AllTime, new ScoreUpdate(userId, state.Xp, sequence, at)));
        await Task.WhenAll(updates);
    }

    /// <summary>Sets a user's message count on a module's board; the count is its own sequence.</summary>
    public Task OnModuleMessageAsync(string app, string moduleId, string userId, int count, DateTimeOffset at, IGrainFactory grains) =>
        Set(grains, app, LeaderboardKeys.Module(moduleId), LeaderboardWindow.AllTime, new ScoreUpdate(userId, count, count, at));

    private async Task Set(IGrainFactory grains, string app, string board, string window, ScoreUpdate update)
    {
        try
        {
            await grains.GetGrain<ILeaderboardGrain>(LeaderboardKeys.Of(app, board, window)).SetScore(update);
        }
        catch (Exception e)
        {
            // The award is committed: a board that missed it is repaired by the user's next update or a rebuild.
            LogMissed(logger, e, board, window, update.UserId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leaderboard {Board} {Window} missed an update of {UserId}; the next update or a rebuild repairs it")]
    private static partial void LogMissed(ILogger logger, Exception exception, string board, string window, string userId);
}
