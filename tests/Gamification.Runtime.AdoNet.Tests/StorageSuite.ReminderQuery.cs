using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Runtime.AdoNet.Tests;

public abstract partial class StorageSuite
{
    private IReminderQuery ReminderQuery => _storage.GetRequiredService<IReminderQuery>();

    [Fact]
    public async Task Reminder_query_counts_and_lists_a_due_window_soonest_first_and_bounds_the_count()
    {
        // A window of its own, far from the other tests' reminders in the shared database.
        var start = new DateTimeOffset(2090, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(Random.Shared.Next(10_000));
        var (early, late, outside) = (NewGrain("alarm"), NewGrain("alarm"), NewGrain("alarm"));
        await Reminders.UpsertAsync(new ReminderEntry(late, "daily", start.AddMinutes(50), TimeSpan.FromDays(1)), default);
        await Reminders.UpsertAsync(new ReminderEntry(early, "daily", start.AddMinutes(5), TimeSpan.FromDays(1)), default);
        await Reminders.UpsertAsync(new ReminderEntry(outside, "daily", start.AddMinutes(61), TimeSpan.FromDays(1)), default);

        var rows = await ReminderQuery.ReadDueAsync(start, start.AddHours(1), 10, default);

        Assert.Equal([early, late], rows.Select(r => r.Reminder.Grain));
        Assert.All(rows, r => Assert.Null(r.LastFiredAt));
        Assert.Equal(2, await ReminderQuery.CountDueAsync(start, start.AddHours(1), 100, default));
        Assert.Equal(1, await ReminderQuery.CountDueAsync(start, start.AddHours(1), 1, default));
    }

    [Fact]
    public async Task Reminder_query_lists_the_most_recently_fired_first_with_the_tick_it_fired_for()
    {
        var tick = new DateTimeOffset(2099, 12, 31, 0, 0, 0, TimeSpan.Zero).AddSeconds(Random.Shared.Next(1_000_000));
        var (older, newer) = (NewGrain("alarm"), NewGrain("alarm"));
        var olderEntry = new ReminderEntry(older, "daily", tick.AddMinutes(-1), TimeSpan.FromDays(1));
        var newerEntry = new ReminderEntry(newer, "daily", tick, TimeSpan.FromDays(1));
        await Reminders.UpsertAsync(olderEntry, default);
        await Reminders.UpsertAsync(newerEntry, default);
        Assert.True(await Reminders.AdvanceAsync(olderEntry, tick.AddDays(1), default));
        Assert.True(await Reminders.AdvanceAsync(newerEntry, tick.AddDays(1), default));

        var fired = (await ReminderQuery.ReadLastFiredAsync(1000, default)).Where(r => r.Reminder.Grain == older || r.Reminder.Grain == newer).ToList();

        Assert.Equal([newer, older], fired.Select(r => r.Reminder.Grain));
        Assert.Equal(tick, fired[0].LastFiredAt);
        Assert.Equal(tick.AddDays(1), fired[0].Reminder.DueAt);
    }
}
