namespace Gamification.Runtime;

/// <summary>Reads storage through the runtime's store interfaces and asks the local catalog; the inspected grain is never called.</summary>
[GrainType(TypeName)]
internal sealed class GrainInspectorGrain(
    IGrainStateStore states, IJournalReader journals, Catalog catalog, IClusterMembershipView cluster, GrainPartitioner partitioner)
    : Grain, IGrainInspectorGrain
{
    public const string TypeName = "grain-inspector";

    public async Task<GrainInspection> Inspect(string grainType, long? journalAfter, int journalLimit)
    {
        ArgumentException.ThrowIfNullOrEmpty(grainType);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(journalLimit);
        var target = new GrainId(grainType, GrainKey);
        var state = await states.ReadAsync(target, CancellationToken.None);
        var after = journalAfter ?? Math.Max(0, JournalLength.Of(state) - journalLimit);
        var journal = await journals.ReadAsync(target, after, journalLimit, CancellationToken.None);
        // Inspectors are cheap to create; keeping them would only inflate the activation count.
        DeactivateOnIdle();
        return new GrainInspection(target, state, catalog.IsActive(target), cluster.Local.ToString(), partitioner.GetPartition(target), journal);
    }
}
