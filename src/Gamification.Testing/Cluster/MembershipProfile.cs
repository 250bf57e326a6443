namespace Gamification.Testing;

/// <summary>
/// A set of Orleans membership settings (<c>Cluster:Membership:*</c>) a cluster runs with: how fast a dead silo is
/// noticed decides how long its users wait after a crash, so failover is measured under each.
/// </summary>
/// <param name="Name">The name on the command line and in the reports: <c>default</c>, <c>shipped</c> or <c>tuned</c>.</param>
/// <param name="Settings">The configuration keys and values; empty for Orleans's own defaults.</param>
public sealed record MembershipProfile(string Name, IReadOnlyDictionary<string, string?> Settings)
{
    /// <summary>Orleans's defaults (probe timeout 5 s, 3 missed probes, 2 votes): nothing set.</summary>
    public static readonly MembershipProfile Default = new("default", new Dictionary<string, string?>());

    /// <summary>What the service ships in <c>silo-config/cluster/silo.json</c> (a test pins the two together).</summary>
    public static readonly MembershipProfile Shipped = new("shipped", new Dictionary<string, string?>
    {
        ["Cluster:Membership:ProbeTimeout"] = "00:00:02",
        ["Cluster:Membership:NumMissedProbesLimit"] = "2",
        ["Cluster:Membership:NumVotesForDeathDeclaration"] = "1",
    });

    /// <summary>Probes every second, dead after 2 missed probes and 1 vote, the table reread every 2 s: a test's patience.</summary>
    public static readonly MembershipProfile Tuned = new("tuned", new Dictionary<string, string?>
    {
        ["Cluster:Membership:ProbeTimeout"] = "00:00:01",
        ["Cluster:Membership:NumMissedProbesLimit"] = "2",
        ["Cluster:Membership:NumVotesForDeathDeclaration"] = "1",
        ["Cluster:Membership:TableRefreshTimeout"] = "00:00:02",
        ["Cluster:Membership:IAmAliveTablePublishTimeout"] = "00:00:05",
    });

    public static IReadOnlyList<MembershipProfile> All { get; } = [Default, Shipped, Tuned];

    /// <summary>The profile called <paramref name="name"/>, or an error naming the known ones.</summary>
    public static MembershipProfile Named(string name) =>
        All.FirstOrDefault(p => p.Name == name)
        ?? throw new ArgumentException($"--membership: no profile '{name}'; known: {string.Join(", ", All.Select(p => p.Name))}", nameof(name));
}
