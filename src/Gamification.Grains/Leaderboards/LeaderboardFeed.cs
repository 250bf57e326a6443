using System.Collections.Concurrent;
using Gamification.Contracts;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Leaderboards;
using Gamification.Domain.Awards;
using Gamification.Domain.Leaderboards;
using Gamification.Domain.Progress;
using Gamification.Grains.FollowUps;
using Microsoft.Extensions.Logging;

namespace Gamification.Grains.Leaderboards;

/// <summary>
/// Sets a user's scores on the <c>xp</c> boards (all-time, day, week, month) after every committed award
/// that changed XP, off the award's critical path: each board's updates from this silo are coalesced in a
/// <see cref="ScoreBuffer"/> and sent in one call, so a board is fresh within a board turn of the answer.
/// The scores are the user's totals with the ledger sequence, so a replay, a retry or a reordering changes
/// nothing; a buffer lost to a crash is covered by the board's rebuild from stored states on activation.
/// </summary>
public sealed partial class LeaderboardFeed(IGrainFactory factory, ILogger<LeaderboardFeed> logger) : IAwardFollowUp
{
    private readonly ConcurrentDictionary<string, ScoreBuffer> _buffers = new(StringComparer.Ordinal);

    public Task OnCommittedAsync(string app, string userId, AwardOutcome outcome, UserProgress state, IGrainFactory grains)
    {
        if (!outcome.Entries.Any(e => e.Granted != 0))
            return Task.CompletedTask;
        var (sequence, at) = (state.LedgerSequence, outcome.At);
        foreach (var window in LeaderboardWindow.PeriodsOf(at))
            Set(app, LeaderboardKeys.Xp, window, new ScoreUpdate(userId, state.XpByWindow.GetValueOrDefault(window), sequence, at));
        Set(app, LeaderboardKeys.Xp, LeaderboardWindow.AllTime, new ScoreUpdate(userId, state.Xp, sequence, at));
        return Task.CompletedTask;
    }

    /// <summary>Sets a user's message count on a module's board; the count is its own sequence.</summary>
    public void OnModuleMessage(string app, string moduleId, string userId, int count, DateTimeOffset at) =>
        Set(app, LeaderboardKeys.Module(moduleId), LeaderboardWindow.AllTime, new ScoreUpdate(userId, count, count, at));

    private void Set(string app, string board, string window, ScoreUpdate update) =>
        _buffers.GetOrAdd(LeaderboardKeys.Of(app, board, window), Buffer).Add(update);

    // Dropping an idle buffer is safe: one still held by a caller sends its own updates; two for a board are ordered by sequence.
    private ScoreBuffer Buffer(string key) =>
        new(factory.Keyed<ILeaderboardGrain>(key), buffer => _buffers.TryRemove(KeyValuePair.Create(key, buffer)), (e, count) => LogMissed(logger, e, key, count));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leaderboard {Board} missed {Count} score updates; each user's next update or the board's rebuild repairs them")]
    private static partial void LogMissed(ILogger logger, Exception exception, string board, int count);
}
