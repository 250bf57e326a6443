namespace Gamification.Contracts.Diagnostics;

/// <summary>
/// The reminder table as operators see it at <paramref name="At"/>. Orleans stores a reminder as its first due
/// time and period only (no record of ticks), so due times are computed: the next tick after now, and the last
/// tick at or before now (when it should last have fired).
/// </summary>
/// <param name="Total">How many reminders the table holds (counted up to <paramref name="ScanLimit"/>).</param>
/// <param name="DueNextHour">How many have their next tick within the hour.</param>
/// <param name="DueLastHour">How many had a tick within the last hour.</param>
/// <param name="Complete">False when the table holds more than <paramref name="ScanLimit"/> reminders and the figures cover only part of it.</param>
/// <param name="ScanLimit">At most this many rows are read for one overview.</param>
/// <param name="NextHour">The first reminders to fall due, soonest first.</param>
/// <param name="LastHour">The reminders that fell due within the last hour, latest first.</param>
[GenerateSerializer, Alias("gamification.reminder-table-overview")]
public sealed record ReminderOverview(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] int Total,
    [property: Id(2)] int DueNextHour,
    [property: Id(3)] int DueLastHour,
    [property: Id(4)] bool Complete,
    [property: Id(5)] int ScanLimit,
    [property: Id(6)] IReadOnlyList<ReminderView> NextHour,
    [property: Id(7)] IReadOnlyList<ReminderView> LastHour);

/// <summary>One reminder of the table.</summary>
/// <param name="GrainType">The grain's Orleans type name, such as <c>user-progress</c>.</param>
/// <param name="GrainKey">The grain's key, such as <c>mikoshi/alice</c>.</param>
/// <param name="StartAt">Its first tick, as registered.</param>
/// <param name="NextDueAt">Its next tick after the overview's time.</param>
/// <param name="LastDueAt">Its last tick at or before the overview's time; null before the first.</param>
[GenerateSerializer, Immutable, Alias("gamification.reminder-view")]
public sealed record ReminderView(
    [property: Id(0)] string GrainType,
    [property: Id(1)] string GrainKey,
    [property: Id(2)] string Name,
    [property: Id(3)] DateTimeOffset StartAt,
    [property: Id(4)] double PeriodSeconds,
    [property: Id(5)] DateTimeOffset NextDueAt,
    [property: Id(6)] DateTimeOffset? LastDueAt);
