using System.Collections.Concurrent;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Leaderboards;

namespace Gamification.Grains.Leaderboards;

/// <summary>
/// This silo's score updates bound for one board. Whenever no call to the board is in flight, everything
/// queued goes in one <see cref="ILeaderboardGrain.SetScores"/>, coalesced per user (the highest sequence
/// wins), so a hot board takes one turn per batch instead of one per award and a lone update goes at once.
/// Told <paramref name="idle"/> when it has sent everything, so that boards gone quiet hold no buffer.
/// </summary>
internal sealed class ScoreBuffer(ILeaderboardGrain board, Action<ScoreBuffer> idle, Action<Exception, int> missed)
{
    /// <summary>At most this many users per call, so one turn of the board stays short.</summary>
    public const int MaxBatch = 1024;

    private readonly ConcurrentQueue<ScoreUpdate> _queued = new();
    private int _sending;

    /// <summary>
    /// Queues <paramref name="update"/> and starts a send if none is running; never waits for the board. A buffer
    /// already dropped as idle still sends what it is given (its own send starts), so nothing queued is lost.
    /// </summary>
    public void Add(ScoreUpdate update)
    {
        _queued.Enqueue(update);
        if (Interlocked.CompareExchange(ref _sending, 1, 0) == 0)
            _ = Task.Run(SendAsync);
    }

    private async Task SendAsync()
    {
        while (true)
        {
            var batch = Coalesce();
            if (batch.Count > 0)
            {
                await SendAsync(batch);
                continue;
            }
            Volatile.Write(ref _sending, 0);
            // An update queued between the empty take and the release would wait for the next one: take it now.
            if (!_queued.IsEmpty && Interlocked.CompareExchange(ref _sending, 1, 0) == 0)
                continue;
            idle(this);
            return;
        }
    }

    private List<ScoreUpdate> Coalesce()
    {
        var newest = new Dictionary<string, ScoreUpdate>(StringComparer.Ordinal);
        while (newest.Count < MaxBatch && _queued.TryDequeue(out var update))
        {
            if (!newest.TryGetValue(update.UserId, out var held) || update.Sequence > held.Sequence)
                newest[update.UserId] = update;
        }
        return [.. newest.Values];
    }

    private async Task SendAsync(List<ScoreUpdate> batch)
    {
        try
        {
            await board.SetScores(batch);
        }
        catch (Exception e)
        {
            // The awards are committed: the board catches up at each user's next update or at its rebuild.
            missed(e, batch.Count);
        }
    }
}
