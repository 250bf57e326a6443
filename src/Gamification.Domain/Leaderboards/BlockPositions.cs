namespace Gamification.Domain.Leaderboards;

/// <summary>
/// Prefix sums of a <see cref="RankedSet"/>'s block sizes as a Fenwick tree, so a rank or a page finds its place in
/// O(log blocks) instead of adding up every block before it (~5,000 at a million users).
/// </summary>
internal sealed class BlockPositions
{
    private int[] tree = [0];

    /// <summary>Starts over from the blocks' sizes, after a block was added or removed (which shifts every index after it).</summary>
    public void Rebuild(List<RankedBlock> blocks)
    {
        tree = new int[blocks.Count + 1];
        for (var i = 1; i < tree.Length; i++)
        {
            tree[i] += blocks[i - 1].Count;
            var parent = i + (i & -i);
            if (parent < tree.Length)
                tree[parent] += tree[i];
        }
    }

    /// <summary>Block <paramref name="block"/> grew or shrank by <paramref name="delta"/> items.</summary>
    public void Resize(int block, int delta)
    {
        for (var i = block + 1; i < tree.Length; i += i & -i)
            tree[i] += delta;
    }

    /// <summary>How many items the blocks before <paramref name="block"/> hold.</summary>
    public int Before(int block)
    {
        var sum = 0;
        for (var i = block; i > 0; i -= i & -i)
            sum += tree[i];
        return sum;
    }

    /// <summary>The block holding 0-based position <paramref name="index"/> and the position within it (the block count when past the end).</summary>
    public (int Block, int Offset) Find(int index)
    {
        var block = 0;
        for (var step = HighestPowerOfTwoIn(tree.Length - 1); step > 0; step >>= 1)
        {
            if (block + step < tree.Length && tree[block + step] <= index)
            {
                block += step;
                index -= tree[block];
            }
        }
        return (block, index);
    }

    private static int HighestPowerOfTwoIn(int n) => n == 0 ? 0 : 1 << (31 - int.LeadingZeroCount(n));
}
