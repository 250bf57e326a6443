using Gamification.Runtime;

namespace Gamification.Client;

/// <summary>The reminder table as operators see it at <paramref name="At"/>.</summary>
/// <param name="DueNextHour">How many fall due within the hour (counted up to <see cref="ClusterDiagnostics.CountLimit"/>).</param>
/// <param name="Overdue">How many are past due by more than <see cref="ClusterDiagnostics.OverdueAfter"/> (counted up to the same limit).</param>
public sealed record ReminderOverview(
    DateTimeOffset At,
    int DueNextHour,
    int Overdue,
    IReadOnlyList<ReminderRow> NextHour,
    IReadOnlyList<ReminderRow> OverdueReminders,
    IReadOnlyList<ReminderRow> LastFired);
