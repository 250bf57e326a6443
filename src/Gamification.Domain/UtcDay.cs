namespace Gamification.Domain;

/// <summary>Daily limits, caps and rewards turn over at UTC midnight, whatever the user's time zone.</summary>
public static class UtcDay
{
    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);

    public static DateTimeOffset NextMidnightAfter(DateTimeOffset instant) =>
        new(Of(instant).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static TimeSpan UntilMidnight(DateTimeOffset instant) => NextMidnightAfter(instant) - instant;
}
