using System.Globalization;
using System.Text;

namespace Gamification.Faults;

/// <summary>The campaign's results as the markdown table that goes into docs/reliability.md.</summary>
public static class CampaignTable
{
    public static string Markdown(IEnumerable<ScenarioResult> results)
    {
        var table = new StringBuilder();
        table.AppendLine("| scenario | requests | events | acknowledged | refused (4xx) | gave up, then converged | lost | duplicated | 503s | other 5xx | no answer | longest call | fault | recovery | all answering | stale writes refused | membership | invariants | notes |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|");
        foreach (var r in results)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Fault} | {r.Requests} | {r.Events} | {r.Acknowledged} | {r.Refused} | {r.GaveUp - r.Unresolved}/{r.GaveUp} | {r.Ledger.Lost} | {r.Ledger.Duplicated} | {r.Unavailable} | {r.ServerErrors} | {r.Broken} | {Seconds(r.LongestCall)} | {Seconds(r.Outage)} | {Seconds(r.Recovery)} | {(r.Report.AllAnswering is { } all ? Seconds(all) : "")} | {r.StaleWritesRefused} | {r.Membership} | {(r.Violations.Count == 0 ? "hold" : $"{r.Violations.Count} broken")} | {r.Report.Note} |");
        }
        return table.ToString();
    }

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.0} s");
}
