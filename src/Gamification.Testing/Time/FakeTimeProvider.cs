namespace Gamification.Testing;

/// <summary>
/// A clock that moves only when a test moves it. Timers created through it fire, in due order and
/// on the caller's thread, when <see cref="Advance"/> or <see cref="SetUtcNow"/> reaches their due time.
/// </summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now;

    /// <summary>Starts the clock at <paramref name="start"/>, or at 2025-01-01T00:00Z.</summary>
    public FakeTimeProvider(DateTimeOffset? start = null) => _now = (start ?? new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)).ToUniversalTime();

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
            return _now;
    }

    /// <inheritdoc />
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        Change(timer, dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/>, firing the timers it reaches.</summary>
    public void Advance(TimeSpan delta) => SetUtcNow(GetUtcNow() + delta);

    /// <summary>Moves the clock forward to <paramref name="value"/>, firing the timers it reaches; time never goes back.</summary>
    public void SetUtcNow(DateTimeOffset value)
    {
        while (true)
        {
            FakeTimer? next;
            lock (_lock)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(value, _now);
                next = _timers.Where(t => t.DueAt <= value).MinBy(t => t.DueAt);
                if (next is null)
                {
                    _now = value;
                    return;
                }
                // Each timer fires with the clock at its own due time, as a real clock would show it.
                _now = next.DueAt > _now ? next.DueAt : _now;
                if (next.IsPeriodic)
                    next.DueAt += next.Period;
                else
                    _timers.Remove(next);
            }
            // Outside the lock: the callback may create or change timers.
            next.Fire();
        }
    }

    internal void Change(FakeTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
                return;
            timer.DueAt = _now + dueTime;
            timer.Period = period;
            _timers.Add(timer);
        }
    }

    internal void Remove(FakeTimer timer)
    {
        lock (_lock)
            _timers.Remove(timer);
    }
}
