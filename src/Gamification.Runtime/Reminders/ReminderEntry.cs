namespace Gamification.Runtime;

/// <summary>A durable reminder of one grain.</summary>
/// <param name="Grain">The grain it wakes.</param>
/// <param name="Name">Its name, unique per grain.</param>
/// <param name="DueAt">When the next tick is due.</param>
/// <param name="Period">The time between ticks.</param>
public sealed record ReminderEntry(GrainId Grain, string Name, DateTimeOffset DueAt, TimeSpan Period)
{
    /// <summary>The first due time after <paramref name="now"/> on this reminder's schedule, so missed ticks fire once, not once each.</summary>
    public DateTimeOffset NextDueAfter(DateTimeOffset now)
    {
        if (DueAt > now)
            return DueAt;
        var missed = (now - DueAt).Ticks / Period.Ticks;
        return DueAt + TimeSpan.FromTicks(Period.Ticks * (missed + 1));
    }
}
