using Gamification.Testing;

namespace Gamification.Faults;

/// <summary>The figures of one scenario's run.</summary>
/// <param name="Requests">HTTP attempts sent, retries included.</param>
/// <param name="Events">Distinct events (idempotency keys).</param>
/// <param name="Acknowledged">Events answered 200.</param>
/// <param name="Refused">Events answered with a 4xx (a cap or a daily limit).</param>
/// <param name="GaveUp">Events whose retry budget ran out during the run (sent again after it).</param>
/// <param name="Unresolved">Events still without a final answer after that second try.</param>
/// <param name="Unavailable">503 answers seen.</param>
/// <param name="ServerErrors">Other 5xx answers seen (a 500 is a bug).</param>
/// <param name="Broken">Attempts with no answer (connection broken, client timeout).</param>
/// <param name="BareFailures">5xx answers without a problem body.</param>
/// <param name="LongestCall">The longest single attempt.</param>
/// <param name="Outage">How long the fault took: the outage, or for a silo killed or paused, until the membership table showed it dead (and, paused, until it left once resumed).</param>
/// <param name="Recovery">From the fault's end to the last failed attempt.</param>
public sealed record ScenarioResult(
    string Name, string Fault, int Requests, int Events, int Acknowledged, int Refused, int GaveUp, int Unresolved,
    LedgerAudit Ledger, IReadOnlyList<string> Violations, int Unavailable, int ServerErrors, int Broken, int BareFailures,
    TimeSpan LongestCall, TimeSpan Outage, TimeSpan Recovery, TimeSpan Took)
{
    /// <summary>A single attempt longer than this is a hang, not a clear answer.</summary>
    public static readonly TimeSpan HangAfter = TimeSpan.FromSeconds(20);

    /// <summary>After a kill, every user answers again within this, unless the cluster runs Orleans's default membership.</summary>
    public static readonly TimeSpan AnsweringWithin = TimeSpan.FromSeconds(5);

    /// <summary>The membership profile the cluster ran with.</summary>
    public string Membership { get; init; } = MembershipProfile.Tuned.Name;

    /// <summary>What the scenario measured itself: users answering again after a kill, reminders fired.</summary>
    public FaultReport Report { get; init; } = FaultReport.None;

    /// <summary>Writes the silos refused because a newer activation had written since (a paused or stale activation's).</summary>
    public int StaleWritesRefused { get; init; }

    /// <summary>Speed targets missed (a figure of the run, not a promise: the campaign reports it, tests do not time it).</summary>
    public IEnumerable<string> MissedTargets()
    {
        if (Report.AllAnswering > AnsweringWithin && Membership != MembershipProfile.Default.Name)
            yield return $"every user answered again only {Report.AllAnswering.Value.TotalSeconds:0.0} s after the fault (target {AnsweringWithin.TotalSeconds:0} s, {Membership} membership)";
    }

    /// <summary>What broke a promise; empty when the scenario passed.</summary>
    public IEnumerable<string> Failures()
    {
        if (Ledger.Lost > 0)
            yield return $"{Ledger.Lost} acknowledged events lost";
        if (Ledger.Duplicated > 0)
            yield return $"{Ledger.Duplicated} events applied twice";
        if (Ledger.Unacknowledged > 0)
            yield return $"{Ledger.Unacknowledged} refused events in the ledger";
        if (Unresolved > 0)
            yield return $"{Unresolved} events without a final answer after the retry";
        if (ServerErrors > 0)
            yield return $"{ServerErrors} 5xx answers other than 503";
        if (BareFailures > 0)
            yield return $"{BareFailures} 5xx answers without a problem body";
        if (LongestCall > HangAfter)
            yield return $"a call hung for {LongestCall.TotalSeconds:0.0} s";
        foreach (var (action, amounts) in Ledger.RulesServed.Where(r => r.Value.Count > 1))
            yield return $"{action} granted {string.Join(" and ", amounts.Order())} XP uncut: two rulesets served for one app";
        foreach (var failure in Report.Failures)
            yield return failure;
        foreach (var violation in Violations)
            yield return violation;
    }
}
