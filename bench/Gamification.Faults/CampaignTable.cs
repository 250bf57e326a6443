using System.Globalization;
using System.Text;

namespace Gamification.Faults;

/// <summary>The campaign's results as the markdown table that goes into docs/reliability.md.</summary>
public static class CampaignTable
{
    public static string Markdown(IEnumerable<ScenarioResult> results)
    {
        var table = new StringBuilder();
        table.AppendLine("| scenario | requests | events | acknowledged | refused (4xx) | gave up, then converged | lost | duplicated | 503s | other 5xx | no answer | longest call | fault | recovery | invariants |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Fault} | {r.Requests} | {r.Events} | {r.Acknowledged} | {r.Refused} | {r.GaveUp - r.Unresolved}/{r.GaveUp} | {r.Ledger.Lost} | {r.Ledger.Duplicated} | {r.Unavailable} | {r.ServerErrors} | {r.Broken} | {Seconds(r.LongestCall)} | {Seconds(r.Outage)} | {Seconds(r.Recovery)} | {(r.Violations.Count == 0 ? "hold" : $"{r.Violations.Count} broken")} |");
        }
        return table.ToString();
    }

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.0} s");
}
