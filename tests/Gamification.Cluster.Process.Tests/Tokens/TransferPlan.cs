namespace Gamification.Cluster.Process.Tests.Tokens;

/// <summary>
/// A reproducible mix of transfers among users: random pairs and amounts (some overdraw), repeats of earlier ids,
/// earlier ids reused with another amount, and one in three abandoned by its caller after a failure.
/// </summary>
internal static class TransferPlan
{
    public static List<PlannedTransfer> Make(IReadOnlyList<string> users, int count, string run, int seed)
    {
        var random = new Random(seed);
        var plan = new List<PlannedTransfer>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            if (plan.Count > 0 && roll < 0.10)
            {
                plan.Add(plan[random.Next(plan.Count)]);
            }
            else if (plan.Count > 0 && roll < 0.13)
            {
                var earlier = plan[random.Next(plan.Count)];
                plan.Add(earlier with { Amount = earlier.Amount + 1 });
            }
            else
            {
                var from = random.Next(users.Count);
                var to = (from + 1 + random.Next(users.Count - 1)) % users.Count;
                plan.Add(new PlannedTransfer($"t{run}-{i}", users[from], users[to], 1 + random.Next(700), Abandoned: i % 3 == 0));
            }
        }
        return plan;
    }
}
