namespace Gamification.Grains.Midnight;

/// <summary>When users' midnight reminders fall due (section <c>MidnightReset</c>).</summary>
public sealed class MidnightResetOptions
{
    public const string SectionName = "MidnightReset";

    /// <summary>
    /// Each user's reminder is due at its own point of this window after UTC midnight: one silo handed a million
    /// ticks at the same instant times them all out. Limits still reset at midnight, since counters are keyed by date.
    /// </summary>
    public TimeSpan Spread { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The grain's reminder time after <paramref name="midnight"/>: the same point of the window every day.</summary>
    public DateTimeOffset DueAt(DateTimeOffset midnight, GrainId grain) =>
        midnight + TimeSpan.FromSeconds(Math.Floor(Spread.TotalSeconds * (grain.GetUniformHashCode() / 4_294_967_296.0)));
}
