namespace Gamification.Faults;

/// <summary>What a scenario measured while it brought its fault on, beyond what the load saw.</summary>
/// <param name="AllAnswering">From the fault to every load user answering again (a killed silo's users included); null when not probed.</param>
/// <param name="Failures">Promises the scenario itself checked and found broken (a reminder that never fired).</param>
/// <param name="Note">A figure for the table, for example how many due reminders fired.</param>
public sealed record FaultReport(TimeSpan? AllAnswering, IReadOnlyList<string> Failures, string? Note = null)
{
    public static readonly FaultReport None = new(null, []);
}
