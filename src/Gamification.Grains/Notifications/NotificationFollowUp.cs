using Gamification.Contracts;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Grains;
using Gamification.Domain.Awards;
using Gamification.Domain.Progress;
using Gamification.Grains.Apps;
using Gamification.Grains.FollowUps;
using Gamification.Grains.Mapping;
using Microsoft.Extensions.Logging;

namespace Gamification.Grains.Notifications;

/// <summary>
/// Turns committed awards into the user's events (feed + webhook outbox) before the award is
/// answered, and again from the newest ledger entries when the user's grain activates, so a crash
/// between the commit and this call delays an event but never loses it (ids make the repeat a no-op).
/// </summary>
internal sealed partial class NotificationFollowUp(AppRulesets rulesets, ILogger<NotificationFollowUp> logger) : IAwardFollowUp
{
    public Task OnCommittedAsync(string app, string userId, AwardOutcome outcome, UserProgress state, IGrainFactory grains) =>
        // Most awards cross nothing: they cost the award no more than these checks.
        outcome.LeveledUp || outcome.GradeChanged || outcome.Entries.Any(e => e.Kind == LedgerKind.Badge || UserEvents.IsLineEvent(e.Kind))
            ? RecordAsync(app, userId, [.. outcome.Entries.Select(LedgerLines.From)], state, grains)
            : Task.CompletedTask;

    public Task OnActivatedAsync(string app, string userId, IReadOnlyList<LedgerLine> recent, UserProgress state, IGrainFactory grains) =>
        RecordAsync(app, userId, recent, state, grains);

    private async Task RecordAsync(string app, string userId, IReadOnlyList<LedgerLine> lines, UserProgress state, IGrainFactory grains)
    {
        var events = UserEvents.From(app, userId, lines, rulesets.For(app), state.UserType);
        if (events.Count == 0)
            return;
        var feed = grains.Keyed<IUserEventsGrain>(GrainKeys.User(app, userId));
        try
        {
            await feed.Record(events);
            _ = DeliverSoonAsync(feed, userId);
        }
        catch (Exception e)
        {
            // The ledger keeps the award; the next activation of the user's grain records the events again.
            LogRecordFailed(e, app, userId);
        }
    }

    /// <summary>The first attempt, outside the award's turn; the outbox's reminder retries whatever this misses.</summary>
    private async Task DeliverSoonAsync(IUserEventsGrain feed, string userId)
    {
        try
        {
            await feed.Deliver();
        }
        catch (Exception e)
        {
            LogDeliverFailed(e, userId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording events of {App}/{UserId} failed; they are recorded again on the user's next activation")]
    private partial void LogRecordFailed(Exception exception, string app, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "First delivery attempt of {UserId}'s events failed; the outbox retries")]
    private partial void LogDeliverFailed(Exception exception, string userId);
}
