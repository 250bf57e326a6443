using System.Text;

namespace Gamification.Runtime;

/// <summary>
/// Maps a grain key to one of a fixed number of partitions: FNV-1a over the key's UTF-8 bytes,
/// stable across processes and machines (unlike <see cref="string.GetHashCode()"/>).
/// </summary>
public sealed class GrainPartitioner
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>Creates the map for <paramref name="partitionCount"/> partitions, fixed for the cluster's lifetime.</summary>
    public GrainPartitioner(int partitionCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partitionCount);
        PartitionCount = partitionCount;
    }

    /// <summary>The number of partitions.</summary>
    public int PartitionCount { get; }

    /// <summary>The partition of <paramref name="grain"/>; grains with the same key share it.</summary>
    public int GetPartition(GrainId grain) => GetPartition(grain.Key);

    /// <summary>The partition of the grain key <paramref name="grainKey"/>.</summary>
    public int GetPartition(string grainKey) => (int)(Fnv1a(grainKey) % (uint)PartitionCount);

    private static uint Fnv1a(string text)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        Span<byte> utf8 = maxBytes <= 512 ? stackalloc byte[maxBytes] : new byte[maxBytes];
        var hash = OffsetBasis;
        foreach (var b in utf8[..Encoding.UTF8.GetBytes(text, utf8)])
            hash = (hash ^ b) * Prime;
        return hash;
    }
}
