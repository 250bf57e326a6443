namespace Gamification.Persistence;

/// <summary>Reads stored grain states straight from storage, for listings (admin, dashboard): it never activates a grain.</summary>
public interface IGrainStateQuery
{
    /// <summary>The stored state of <paramref name="grain"/>, or null when it has none.</summary>
    Task<StoredState?> ReadAsync(GrainId grain, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> stored states of <paramref name="grainType"/> whose key starts with
    /// <paramref name="keyPrefix"/> and sorts (ordinally) after <paramref name="afterKey"/>, ordered by key;
    /// pass the last key of a page as <paramref name="afterKey"/> to read the next.
    /// </summary>
    Task<IReadOnlyList<(GrainId Grain, StoredState State)>> ListAsync(GrainType grainType, string keyPrefix, string? afterKey, int limit, CancellationToken cancellationToken);

    /// <summary>How many journal rows <paramref name="grain"/> has.</summary>
    Task<long> JournalLengthAsync(GrainId grain, CancellationToken cancellationToken);
}
