namespace Gamification.Testing;

/// <summary>A timer of <see cref="FakeTimeProvider"/>; the clock sets its due time under its own lock.</summary>
internal sealed class FakeTimer(FakeTimeProvider clock, TimerCallback callback, object? state) : ITimer
{
    public DateTimeOffset DueAt { get; set; }

    public TimeSpan Period { get; set; }

    public bool IsPeriodic => Period > TimeSpan.Zero && Period != Timeout.InfiniteTimeSpan;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        clock.Change(this, dueTime, period);
        return true;
    }

    public void Fire() => callback(state);

    public void Dispose() => clock.Remove(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
