using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Runtime.Tests;

public sealed class ReminderBatchingTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly TestDeployment _deployment = new();
    private readonly ControlledReminderStore _store;

    public ReminderBatchingTests() => _store = new ControlledReminderStore(_deployment.Reminders);

    [Fact]
    public async Task Registrations_queued_while_the_reminder_writer_is_busy_share_one_transaction_and_each_caller_waits_for_its_commit()
    {
        await using var silo = await _deployment.StartSiloAsync(services: s => s.AddSingleton<IReminderStore>(_store));
        _store.Hold();
        var first = silo.Grains.GetGrain<IAlarmGrain>("default/a000").Schedule("tick", Minute, Minute);
        await Eventually.TrueAsync(() => _store.BatchesStarted == 1, "the first batch reaches the store");
        var rest = Enumerable.Range(1, 30).Select(i => silo.Grains.GetGrain<IAlarmGrain>($"default/a{i:000}").Schedule("tick", Minute, Minute)).ToList();
        await Eventually.SettleAsync();

        Assert.False(first.IsCompleted);
        Assert.All(rest, call => Assert.False(call.IsCompleted));
        Assert.Empty(await StoredAsync());
        _store.Release();
        await first;
        await Task.WhenAll(rest);

        Assert.Equal(31, (await StoredAsync()).Count);
        var sizes = _store.Batches.Select(b => b.Count).ToList();
        Assert.Equal(31, sizes.Sum());
        Assert.True(sizes.Count <= 3, $"batch sizes were {string.Join(", ", sizes)}");
        Assert.All(_store.Batches, b => Assert.Equal(b.OrderBy(c => c.Grain.Key, StringComparer.Ordinal), b));
    }

    [Fact]
    public async Task An_unregistration_commits_before_the_caller_continues_and_the_reminder_stays_gone()
    {
        await using var silo = await _deployment.StartSiloAsync(services: s => s.AddSingleton<IReminderStore>(_store));
        var alarm = silo.Grains.GetGrain<IAlarmGrain>("default/bea");
        await alarm.Schedule("tick", Minute, Minute);
        Assert.Single(await StoredAsync());

        _store.Hold();
        var cancel = alarm.Cancel("tick");
        await Eventually.SettleAsync();
        Assert.False(cancel.IsCompleted);
        _store.Release();
        await cancel;

        Assert.Empty(await StoredAsync());
        Assert.Contains(_store.Batches, b => b.Any(c => c.Registration is null && c.Name == "tick"));
    }

    private Task<IReadOnlyList<ReminderEntry>> StoredAsync() =>
        _deployment.Reminders.ReadDueAsync(DateTimeOffset.MaxValue, [.. Enumerable.Range(0, 1024)], 100, default);
}
