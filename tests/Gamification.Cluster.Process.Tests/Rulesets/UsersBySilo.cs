using Gamification.Contracts;
using Gamification.Runtime;

namespace Gamification.Cluster.Process.Tests.Rulesets;

/// <summary>Fresh user ids sorted by the silo that holds their grain's partition, so a test can reach every silo.</summary>
internal static class UsersBySilo
{
    public static Dictionary<Uri, Queue<string>> Pick(PartitionMap map, string app, string run, int each)
    {
        var partitioner = new GrainPartitioner(map.Owners.Count);
        var silos = map.Owners.OfType<Uri>().Distinct().ToDictionary(s => s, _ => new Queue<string>());
        for (var i = 0; silos.Values.Any(q => q.Count < each); i++)
        {
            var user = $"{run}-{i}";
            var owner = map.Owners[partitioner.GetPartition(GrainKeys.User(app, user))]!;
            if (silos[owner].Count < each)
                silos[owner].Enqueue(user);
        }
        return silos;
    }
}
