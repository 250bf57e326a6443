using Gamification.Testing;

namespace Gamification.Runtime.Tests;

public sealed class FakeTimeProviderTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void Timers_fire_in_due_order_seeing_their_own_due_time()
    {
        var start = _clock.GetUtcNow();
        var fired = new List<(string Name, DateTimeOffset At)>();
        using var late = _clock.CreateTimer(_ => fired.Add(("late", _clock.GetUtcNow())), null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
        using var early = _clock.CreateTimer(_ => fired.Add(("early", _clock.GetUtcNow())), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);

        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal([("early", start.AddSeconds(10)), ("late", start.AddSeconds(30))], fired);
        Assert.Equal(start.AddMinutes(1), _clock.GetUtcNow());
    }

    [Fact]
    public void A_periodic_timer_fires_once_per_period_passed_and_not_after_disposal()
    {
        var ticks = 0;
        var timer = _clock.CreateTimer(_ => ticks++, null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));

        _clock.Advance(TimeSpan.FromSeconds(35));
        timer.Dispose();
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(3, ticks);
    }

    [Fact]
    public async Task Task_Delay_on_the_fake_clock_completes_only_when_the_clock_passes_it()
    {
        var delay = Task.Delay(TimeSpan.FromHours(1), _clock);

        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.False(delay.IsCompleted);
        _clock.Advance(TimeSpan.FromMinutes(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public void Time_never_goes_back()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _clock.SetUtcNow(_clock.GetUtcNow().AddTicks(-1)));
    }
}
