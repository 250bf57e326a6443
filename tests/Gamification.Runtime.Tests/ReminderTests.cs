using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Runtime.Tests;

public sealed class ReminderTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly TestDeployment _deployment = new();

    [Fact]
    public async Task A_reminder_fires_when_the_clock_passes_its_due_time_and_then_every_period()
    {
        await using var silo = await _deployment.StartSiloAsync();
        var clock = _deployment.Clock;
        var due = clock.GetUtcNow() + Minute;

        await silo.Grains.GetGrain<IAlarmGrain>("default/alice").Schedule("tick", Minute, Minute);
        await clock.AdvanceUntilAsync(() => _deployment.Probe.Ticks.Count == 2, Step, 3 * Minute, "two ticks");

        var ticks = _deployment.Probe.Ticks.ToList();
        Assert.Equal([due, due + Minute], ticks.Select(t => t.Status.DueAt));
        Assert.All(ticks, t => Assert.InRange(t.Status.CurrentTickTime, t.Status.DueAt, t.Status.DueAt + Step));
        Assert.All(ticks, t => Assert.Equal(("tick", new GrainId("alarm", "default/alice")), (t.Name, t.Grain)));
    }

    [Fact]
    public async Task A_tick_missed_during_downtime_fires_once_on_start_and_the_next_due_time_moves_past_now()
    {
        var clock = _deployment.Clock;
        var due = clock.GetUtcNow() + Minute;
        await using (var before = await _deployment.StartSiloAsync())
            await before.Grains.GetGrain<IAlarmGrain>("default/bob").Schedule("daily", Minute, Minute);
        clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(30));

        await using var after = await _deployment.StartSiloAsync();
        await Eventually.TrueAsync(() => !_deployment.Probe.Ticks.IsEmpty, "the missed tick fires");
        await Eventually.SettleAsync();

        var tick = Assert.Single(_deployment.Probe.Ticks);
        Assert.Equal(due, tick.Status.DueAt);
        Assert.Equal(clock.GetUtcNow(), tick.Status.CurrentTickTime);
        var stored = Assert.Single(await _deployment.Reminders.ReadDueAsync(DateTimeOffset.MaxValue, [.. Enumerable.Range(0, 1024)], 10, default));
        Assert.Equal(due + TimeSpan.FromMinutes(10), stored.DueAt);
        Assert.True(stored.DueAt > clock.GetUtcNow());
    }

    [Fact]
    public async Task Unregistering_a_reminder_stops_its_ticks()
    {
        await using var silo = await _deployment.StartSiloAsync();
        var alarm = silo.Grains.GetGrain<IAlarmGrain>("default/carol");
        await alarm.Schedule("tick", Minute, Minute);
        await _deployment.Clock.AdvanceUntilAsync(() => _deployment.Probe.Ticks.Count == 1, Step, 2 * Minute, "the first tick");

        await alarm.Cancel("tick");
        for (var i = 0; i < 60; i++)
            _deployment.Clock.Advance(Step);
        await Eventually.SettleAsync();

        Assert.Single(_deployment.Probe.Ticks);
        Assert.Empty(await _deployment.Reminders.ReadDueAsync(DateTimeOffset.MaxValue, [.. Enumerable.Range(0, 1024)], 10, default));
    }

    [Fact]
    public async Task Unregistering_a_reminder_already_read_for_its_next_tick_cancels_that_tick()
    {
        await using var silo = await _deployment.StartSiloAsync();
        var alarm = silo.Grains.GetGrain<IAlarmGrain>("default/frank");
        await alarm.Schedule("tick", Minute, Minute);
        for (var i = 0; i < 10; i++)
            _deployment.Clock.Advance(Step);
        await Eventually.SettleAsync();

        await alarm.Cancel("tick");
        for (var i = 0; i < 6; i++)
            _deployment.Clock.Advance(Step);
        await Eventually.SettleAsync();

        Assert.Empty(_deployment.Probe.Ticks);
    }

    [Fact]
    public async Task A_period_below_the_minimum_is_refused_naming_the_setting()
    {
        await using var silo = await _deployment.StartSiloAsync(o => o.MinimumReminderPeriod = Minute);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => silo.Grains.GetGrain<IAlarmGrain>("default/dave").Schedule("fast", Minute, TimeSpan.FromSeconds(59)));

        Assert.Contains("GrainRuntime:MinimumReminderPeriod", error.Message);
    }

    [Fact]
    public async Task Reminders_of_partitions_the_silo_does_not_own_do_not_fire()
    {
        await using var silo = await _deployment.StartSiloAsync(services: s => s.AddSingleton<IPartitionOwnership>(new FixedOwnership([])));
        await silo.Grains.GetGrain<IAlarmGrain>("default/erin").Schedule("tick", Minute, Minute);

        for (var i = 0; i < 36; i++)
            _deployment.Clock.Advance(Step);
        await Eventually.SettleAsync();

        Assert.Empty(_deployment.Probe.Ticks);
    }

    private sealed class FixedOwnership(int[] partitions) : IPartitionOwnership
    {
        public IReadOnlyCollection<int> OwnedPartitions => partitions;
    }
}
