using System.Globalization;
using Gamification.Faults;
using Gamification.Testing;

// The fault campaign: each scenario on a fresh 3-silo cluster under idempotent load, ending with the ledger audit and
// the invariant checker. Usage: gamification-faults [--outage <seconds>] [--membership default|shipped|tuned] [scenario ...];
// no scenario runs them all.
var outage = TimeSpan.FromSeconds(30);
var membership = MembershipProfile.Shipped;
var names = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--outage")
        outage = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture));
    else if (args[i] == "--membership")
        membership = MembershipProfile.Named(args[++i]);
    else
        names.Add(args[i]);
}
var scenarios = FaultScenarios.All(outage).Where(s => names.Count == 0 || names.Contains(s.Name)).ToList();
if (scenarios.Count == 0)
{
    Console.Error.WriteLine($"No such scenario. Known: {string.Join(", ", FaultScenarios.All(outage).Select(s => s.Name))}");
    return 2;
}
var campaign = new FaultCampaign(Console.Out, membership);
var results = new List<ScenarioResult>();
foreach (var scenario in scenarios)
    results.Add(await campaign.RunAsync(scenario));
Console.WriteLine();
Console.WriteLine(CampaignTable.Markdown(results));
foreach (var result in results)
{
    foreach (var failure in result.Failures().Concat(result.MissedTargets()))
        Console.WriteLine($"{result.Name}: {failure}");
}
return results.All(r => !r.Failures().Any() && !r.MissedTargets().Any()) ? 0 : 1;
