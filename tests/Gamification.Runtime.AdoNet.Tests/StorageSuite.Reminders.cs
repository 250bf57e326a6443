namespace Gamification.Runtime.AdoNet.Tests;

public abstract partial class StorageSuite
{
    [Fact]
    public async Task Due_reminders_are_read_by_time_window_for_the_given_partitions_soonest_first()
    {
        var (overdue, dueNow, dueSoon, dueLater) = (NewGrain("alarm"), NewGrain("alarm"), NewGrain("alarm"), NewGrain("alarm"));
        await Reminders.UpsertAsync(new ReminderEntry(dueSoon, "daily", Noon.AddMinutes(1), TimeSpan.FromDays(1)), default);
        await Reminders.UpsertAsync(new ReminderEntry(dueLater, "daily", Noon.AddMinutes(10), TimeSpan.FromDays(1)), default);
        await Reminders.UpsertAsync(new ReminderEntry(overdue, "daily", Noon.AddHours(-1), TimeSpan.FromMinutes(90)), default);
        await Reminders.UpsertAsync(new ReminderEntry(dueNow, "daily", Noon, TimeSpan.FromDays(1)), default);
        int[] all = [.. Enumerable.Range(0, 1024)];
        int[] withoutDueNow = [.. all.Where(p => p != Partitioner.GetPartition(dueNow))];

        var due = await Reminders.ReadDueAsync(Noon.AddMinutes(5), all, 10, default);
        var owned = await Reminders.ReadDueAsync(Noon.AddMinutes(5), withoutDueNow, 10, default);
        var first = await Reminders.ReadDueAsync(Noon.AddMinutes(5), all, 1, default);

        Assert.Equal([overdue, dueNow, dueSoon], due.Select(r => r.Grain));
        Assert.Equal(new ReminderEntry(overdue, "daily", Noon.AddHours(-1), TimeSpan.FromMinutes(90)), due[0]);
        Assert.Equal([overdue, dueSoon], owned.Select(r => r.Grain));
        Assert.Equal([overdue], first.Select(r => r.Grain));
    }

    [Fact]
    public async Task Advancing_moves_only_the_registration_that_fired_and_deleting_removes_it()
    {
        var grain = NewGrain("alarm");
        var fired = new ReminderEntry(grain, "daily", Noon, TimeSpan.FromDays(1));
        await Reminders.UpsertAsync(fired, default);
        var reRegistered = fired with { DueAt = Noon.AddHours(1) };
        await Reminders.UpsertAsync(reRegistered, default);

        Assert.False(await Reminders.AdvanceAsync(fired, Noon.AddDays(1), default));
        Assert.True(await Reminders.AdvanceAsync(reRegistered, Noon.AddDays(1), default));
        Assert.Equal(Noon.AddDays(1), Assert.Single(await DueOfAsync(grain)).DueAt);
        Assert.True(await Reminders.DeleteAsync(grain, "daily", default));
        Assert.False(await Reminders.DeleteAsync(grain, "daily", default));
        Assert.Empty(await DueOfAsync(grain));
    }

    private async Task<List<ReminderEntry>> DueOfAsync(GrainId grain) =>
        [.. (await Reminders.ReadDueAsync(DateTimeOffset.MaxValue.AddYears(-1), [Partitioner.GetPartition(grain)], 100, default)).Where(r => r.Grain == grain)];
}
