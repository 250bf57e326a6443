namespace Gamification.Runtime;

/// <summary>The membership table as the dashboard and CLI see it, read fresh on every request.</summary>
internal sealed class ClusterMembershipView(IClusterStore store, ClusterSiloIdentity identity) : IClusterMembershipView
{
    /// <inheritdoc />
    public SiloAddress Local => identity.Address;

    /// <inheritdoc />
    public async Task<IReadOnlyList<SiloStatus>> GetSilosAsync(CancellationToken cancellationToken) =>
        (await store.ReadAsync(cancellationToken)).Silos;
}
