using Gamification.Persistence;
using Gamification.Grains.Hosting;
using System.Text.Json;
using Gamification.Contracts;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Grains.Notifications;

/// <summary>
/// A user's event feed (its journal) and webhook outbox (its state), written in one commit per new
/// event. Deliveries run in this grain's turns, so one silo, the one holding the user's partition,
/// delivers each event; a reminder retries with exponential backoff until every webhook took it.
/// </summary>
[GrainType(TypeName)]
public sealed partial class UserEventsGrain(IOptions<NotificationOptions> options, IWebhookSender sender, IJournalReader journal, [PersistentState("state", StorageProviders.Journaled)] IPersistentState<Journaled<UserEventsState>> state) : PersistentGrain<UserEventsState>(state), IUserEventsGrain, IRemindable
{
    internal const string TypeName = "user-events";

    internal const string RetryReminder = "webhook-retry";

    /// <summary>More than the events one activation's recovery can re-derive (8 ledger entries, up to 3 events each).</summary>
    private const int RecentCapacity = 32;

    private NotificationOptions Settings => options.Value;

    private string App => GrainKeys.Split(GrainKey).App;

    public async Task Record(IReadOnlyList<UserEvent> events)
    {
        var fresh = events.Where(e => !State.RecentIds.Contains(e.Id)).DistinctBy(e => e.Id).ToList();
        if (fresh.Count == 0)
            return;
        try
        {
            await Append(fresh);
        }
        catch (DuplicateJournalEntryException)
        {
            // Older than RecentIds remembers (the write reloaded the stored state): drop what the journal already holds, and append the rest.
            var unseen = new List<UserEvent>();
            foreach (var userEvent in fresh)
            {
                if (await journal.FindAsync(GrainId, userEvent.Id, CancellationToken.None) is null)
                    unseen.Add(userEvent);
            }
            if (unseen.Count > 0)
                await Append(unseen);
        }
    }

    public async Task Deliver()
    {
        var now = Clock.GetUtcNow();
        var due = State.Pending.Where(p => p.NextAttemptAt <= now).ToList();
        if (due.Count == 0)
            return;
        var results = await Task.WhenAll(due.Select(async p => (Delivery: p, Delivered: await Send(p))));
        foreach (var (delivery, delivered) in results)
        {
            delivery.Attempts++;
            if (delivered)
                State.Pending.Remove(delivery);
            else if (delivery.Attempts >= Settings.MaxAttempts)
            {
                LogGivenUp(Logger, delivery.EventId, delivery.Webhook, delivery.Attempts);
                State.Pending.Remove(delivery);
            }
            else
                delivery.NextAttemptAt = now + Settings.RetryDelay(delivery.Attempts);
        }
        if (State.Pending.Count == 0 && State.RetryScheduled)
            await RetireRetryReminder();
        else
            await WriteStateAsync();
    }

    /// <summary>The retry reminder, then the feed rows and the outbox rows, all durable before the award is answered.</summary>
    private async Task Append(List<UserEvent> events)
    {
        var written = events.Select(e => (Event: e, Body: JsonSerializer.Serialize(e, GrainsJsonContext.Default.UserEvent))).ToList();
        var deliveries = written.SelectMany(w => Settings.For(App).Where(h => h.Value.Wants(w.Event.Type))
            .Select(h => new PendingDelivery { EventId = w.Event.Id, Webhook = h.Key, Body = w.Body, NextAttemptAt = w.Event.At })).ToList();
        // The retry reminder exists before the outbox counts on it: a failed registration changes nothing, and the
        // user's next activation records these events again.
        if (deliveries.Count > 0 && !State.RetryScheduled)
        {
            await RegisterOrUpdateReminder(RetryReminder, Settings.RetryPollPeriod, Settings.RetryPollPeriod);
            State.RetryScheduled = true;
        }
        State.Pending.AddRange(deliveries);
        State.RecentIds.AddRange(events.Select(e => e.Id));
        if (State.RecentIds.Count > RecentCapacity)
            State.RecentIds.RemoveRange(0, State.RecentIds.Count - RecentCapacity);
        State.Count += events.Count;
        await WriteStateAsync([.. written.Select(w => new JournalEntry(w.Event.Id, w.Event.Type, w.Body, w.Event.At))]);
    }

    public async Task<UserEventPage> GetEvents(long? before, int limit)
    {
        // Journal rows run 1..Count, so the page before B is (B - 1 - limit, B), read oldest first.
        var end = Math.Min(before ?? long.MaxValue, State.Count + 1);
        var after = Math.Max(0, end - 1 - limit);
        var rows = end - 1 > after ? await journal.ReadAsync(GrainId, after, (int)(end - 1 - after), CancellationToken.None) : [];
        var events = rows.Reverse().Select(r => JsonSerializer.Deserialize(r.Entry.PayloadJson, GrainsJsonContext.Default.UserEvent)!).ToList();
        return new UserEventPage(events, after > 0 ? after + 1 : null);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != RetryReminder)
            return;
        // A tick with nothing pending may be left by a failed write or a failover's duplicate: only the stored outbox
        // may say that nothing is owed.
        if (State.Pending.Count == 0)
            await ReadStateAsync();
        if (State.Pending.Count == 0)
            await RetireRetryReminder();
        else
            await Deliver();
    }

    /// <summary>
    /// Stores that no retry is scheduled (so the next event registers the reminder again), then drops the reminder:
    /// an activation behind another one's write fails the write, and the reminder stays for what the store still owes.
    /// </summary>
    private async Task RetireRetryReminder()
    {
        State.RetryScheduled = false;
        await WriteStateAsync();
        await UnregisterReminder(RetryReminder);
    }

    private Task<bool> Send(PendingDelivery delivery) =>
        Settings.For(App).TryGetValue(delivery.Webhook, out var webhook)
            ? sender.SendAsync(webhook, delivery.EventId, delivery.Body, CancellationToken.None)
            : Task.FromResult(true); // The webhook was removed from the settings: nothing is owed to it any more.

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up delivering event {EventId} to webhook {Webhook} after {Attempts} attempts")]
    private static partial void LogGivenUp(ILogger logger, string eventId, string webhook, int attempts);
}
