using Gamification.Domain.Awards;
using Gamification.Domain.Boosts;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Watching;

/// <summary>
/// XP per full minute watched. Minutes are measured on the wall clock between heartbeats of a
/// stream, so the heartbeat rate, retries or a second device never earn a minute twice.
/// </summary>
public static class WatchEngine
{
    public static AwardOutcome Decide(UserProgress state, Ruleset rules, WatchHeartbeat beat, DateTimeOffset now)
    {
        var action = beat.Kind == WatchKind.Live ? "watch_live" : "watch_replay";
        if (state.FindReceipt(beat.IdempotencyKey) is { } receipt)
            return Outcomes.Duplicate(state, rules, beat.UserId, receipt, now);
        if (rules.Watch is not { } watch)
            return Outcomes.Rejected(state, rules, action, beat.UserId, beat.IdempotencyKey,
                new Rejection(RejectionReason.WatchNotConfigured, "This app's ruleset does not award watching"), now);

        var day = UtcDay.Of(now);
        var session = Continue(state.SessionFor(beat.StreamId), beat.StreamId, watch, day, now);
        var draft = new AwardDraft(state, rules, now);
        draft.GrantDailyReward(beat.UserId);

        var fullMinutes = (int)session.Carry.TotalMinutes;
        var minutesLeft = watch.DailyMinuteCap is { } cap ? Math.Max(0, cap - draft.Today.WatchMinutes) : int.MaxValue;
        var minutes = Math.Min(fullMinutes, minutesLeft);
        if (minutes > 0)
        {
            var rate = beat.Kind == WatchKind.Live ? watch.LiveXpPerMinute : watch.ReplayXpPerMinute;
            var key = $"watch:{beat.StreamId}:{day:yyyy-MM-dd}:{session.MinutesAwarded + 1}";
            draft.EndExpiredBoosts();
            draft.GrantBoosted(LedgerKind.Watch, action, BoostedXp.For(state, rules, action, minutes * rate, now), key, beat.UserId,
                new EntityRef("stream", beat.StreamId), minutes < fullMinutes ? CapCut.WatchCap : null);
            draft.AdvanceStreaks(action);
        }
        // Minutes past the watch cap are dropped, not carried into tomorrow.
        session = session with { Carry = session.Carry - TimeSpan.FromMinutes(fullMinutes), MinutesAwarded = session.MinutesAwarded + minutes };
        return draft.Complete(action, beat.UserId, beat.IdempotencyKey, draft.Today.WatchMinutes + minutes, watch.DailyMinuteCap, session);
    }

    private static WatchSession Continue(WatchSession? previous, string streamId, WatchRule watch, DateOnly day, DateTimeOffset now)
    {
        var minutesToday = previous is not null && UtcDay.Of(previous.LastBeatAt) == day ? previous.MinutesAwarded : 0;
        var gap = previous is null ? TimeSpan.MinValue : now - previous.LastBeatAt;
        // A first beat, a long silence or a clock going backwards starts counting afresh.
        if (previous is null || gap > watch.MaxHeartbeatGap || gap < TimeSpan.Zero)
            return new WatchSession(streamId, now, TimeSpan.Zero, minutesToday);
        return new WatchSession(streamId, now, previous.Carry + gap, minutesToday);
    }
}
