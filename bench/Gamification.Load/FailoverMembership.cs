namespace Gamification.Load;

/// <summary>The membership settings a failover run measures: Orleans's defaults, or those the service ships in silo-config/cluster/silo.json.</summary>
internal static class FailoverMembership
{
    public static Dictionary<string, string?> For(string design) => design switch
    {
        "failover-default" => [],
        "failover" => new()
        {
            ["Cluster:Membership:ProbeTimeout"] = "00:00:02",
            ["Cluster:Membership:NumMissedProbesLimit"] = "2",
            ["Cluster:Membership:NumVotesForDeathDeclaration"] = "1",
        },
        _ => throw new ArgumentException($"--designs: no membership settings for '{design}'"),
    };
}
