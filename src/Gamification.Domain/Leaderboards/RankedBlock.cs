namespace Gamification.Domain.Leaderboards;

/// <summary>One sorted run of a <see cref="RankedSet"/>: its items in order, in one array.</summary>
internal sealed class RankedBlock(int capacity)
{
    private readonly RankedItem[] items = new RankedItem[capacity];

    public int Count { get; private set; }

    public RankedItem Last => items[Count - 1];

    public RankedItem this[int index] => items[index];

    /// <summary>The index of the first item not before <paramref name="item"/> (<see cref="Count"/> when there is none).</summary>
    public int LowerBound(in RankedItem item)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (RankedItem.Compare(items[middle], item) < 0)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    public void InsertAt(int index, in RankedItem item)
    {
        Array.Copy(items, index, items, index + 1, Count - index);
        items[index] = item;
        Count++;
    }

    public void RemoveAt(int index)
    {
        Count--;
        Array.Copy(items, index + 1, items, index, Count - index);
        // The freed slot would otherwise keep its user id string alive.
        items[Count] = default;
    }

    /// <summary>Moves the upper half of the items into a new block, which comes right after this one.</summary>
    public RankedBlock SplitUpperHalf()
    {
        var upper = new RankedBlock(items.Length);
        var keep = Count / 2;
        Array.Copy(items, keep, upper.items, 0, Count - keep);
        upper.Count = Count - keep;
        Array.Clear(items, keep, Count - keep);
        Count = keep;
        return upper;
    }

    /// <summary>Appends every item of <paramref name="next"/>, the block right after this one.</summary>
    public void Absorb(RankedBlock next)
    {
        Array.Copy(next.items, 0, items, Count, next.Count);
        Count += next.Count;
    }
}
