using System.Text;

namespace Gamification.Storage;

/// <summary>
/// Maps a grain key to one of a fixed number of partitions: FNV-1a over the key's UTF-8 bytes, stable across
/// processes and machines (unlike <see cref="string.GetHashCode()"/>). Every row carries it first in its key,
/// so the tables can later be spread by hash range; it must never change for a database that holds rows.
/// </summary>
internal sealed class KeyPartitioner
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public KeyPartitioner(int partitionCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partitionCount);
        PartitionCount = partitionCount;
    }

    public int PartitionCount { get; }

    /// <summary>The partition of the grain key <paramref name="grainKey"/>; grains with the same key share it.</summary>
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
