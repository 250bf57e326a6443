namespace Gamification.Runtime;

/// <summary>Reads stored grain states for listings (admin, dashboard) straight from storage: it never activates a grain.</summary>
public interface IGrainStateQuery
{
    /// <summary>
    /// Up to <paramref name="limit"/> stored states of <paramref name="grainType"/> whose key starts with
    /// <paramref name="keyPrefix"/> and sorts (ordinally) after <paramref name="afterKey"/>, ordered by key;
    /// pass the last key of a page as <paramref name="afterKey"/> to read the next.
    /// </summary>
    Task<IReadOnlyList<(GrainId Grain, StoredState State)>> ListAsync(string grainType, string keyPrefix, string? afterKey, int limit, CancellationToken cancellationToken);
}
