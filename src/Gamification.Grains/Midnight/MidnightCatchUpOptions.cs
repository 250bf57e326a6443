namespace Gamification.Grains.Midnight;

/// <summary>When each silo asks for the midnight catch-up (section <c>MidnightCatchUp</c>).</summary>
public sealed class MidnightCatchUpOptions
{
    public const string SectionName = "MidnightCatchUp";

    /// <summary>Off only in test silos whose fake clock jumps: a jump times out whatever Orleans has in flight, and the catch-up adds work at each.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long after the last midnight reminder (UTC midnight plus <see cref="MidnightResetOptions.Spread"/>) the sweep starts: the reminders that did fire have had their time by then.</summary>
    public TimeSpan After { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a silo asks again until every app's sweep of the day is done.</summary>
    public TimeSpan AskEvery { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A silo started longer than this after a midnight's sweep time leaves that day to the silos that were up.</summary>
    public TimeSpan JoinWithin { get; set; } = TimeSpan.FromHours(1);
}
