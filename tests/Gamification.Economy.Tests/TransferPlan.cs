namespace Gamification.Economy.Tests;

/// <summary>One transfer request a test sends; the same id may appear more than once.</summary>
internal sealed record PlannedTransfer(string Id, string From, string To, long Amount);

/// <summary>A reproducible mix of transfers: random pairs and amounts (some overdraw), repeats of earlier ids, and earlier ids reused with another amount.</summary>
internal static class TransferPlan
{
    public static List<PlannedTransfer> Make(List<string> users, int count, int seed)
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
                plan.Add(new PlannedTransfer($"t-{seed}-{i}", users[from], users[to], 1 + random.Next(700)));
            }
        }
        return plan;
    }
}
