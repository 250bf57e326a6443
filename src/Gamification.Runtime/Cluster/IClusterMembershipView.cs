namespace Gamification.Runtime;

/// <summary>The silos of the cluster, for operators (the dashboard, the CLI); not on any call's path.</summary>
public interface IClusterMembershipView
{
    /// <summary>This silo.</summary>
    SiloAddress Local { get; }

    /// <summary>Every silo the membership table knows, newest first, dead ones included.</summary>
    Task<IReadOnlyList<SiloStatus>> GetSilosAsync(CancellationToken cancellationToken);
}
