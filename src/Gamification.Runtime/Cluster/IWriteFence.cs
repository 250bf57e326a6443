namespace Gamification.Runtime;

/// <summary>What a state or reminder write of a grain must prove in its transaction: the lease of the grain's partition.</summary>
internal interface IWriteFence
{
    /// <summary>
    /// The fence for a write of <paramref name="grain"/>: true with a null fence when writes need none (a silo alone),
    /// true with this silo's lease of the grain's partition, or false when this silo no longer holds it.
    /// </summary>
    bool TryGet(GrainId grain, out LeaseFence? fence);

    /// <summary>The fence for a write of <paramref name="grain"/>; throws <see cref="GrainUnavailableException"/> when the lease is gone.</summary>
    LeaseFence? For(GrainId grain) => TryGet(grain, out var fence)
        ? fence
        : throw new GrainUnavailableException(grain, "this silo no longer holds the lease of its partition");
}
