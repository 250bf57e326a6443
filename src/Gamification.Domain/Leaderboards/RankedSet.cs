namespace Gamification.Domain.Leaderboards;

/// <summary>
/// An order-statistic skip list (Redis's sorted-set design): each forward link records how many
/// items it skips, so insert, remove, position-of and item-at are O(log n) expected.
/// </summary>
public sealed class RankedSet
{
    private const int MaxHeight = 32;

    private readonly Node head = new(default, MaxHeight);
    private readonly Node[] update = new Node[MaxHeight];
    private readonly int[] passed = new int[MaxHeight];
    // A fixed seed keeps the shape reproducible; the order never depends on it.
    private readonly Random random = new(7919);
    private int height = 1;

    public int Count { get; private set; }

    public void Add(RankedItem item)
    {
        var node = head;
        for (var i = height - 1; i >= 0; i--)
        {
            passed[i] = i == height - 1 ? 0 : passed[i + 1];
            while (node.Next[i] is { } next && RankedItem.Compare(next.Item, item) < 0)
            {
                passed[i] += node.Span[i];
                node = next;
            }
            update[i] = node;
        }
        var level = RandomHeight();
        for (var i = height; i < level; i++)
        {
            passed[i] = 0;
            update[i] = head;
            head.Span[i] = Count;
        }
        height = Math.Max(height, level);
        var added = new Node(item, level);
        for (var i = 0; i < level; i++)
        {
            added.Next[i] = update[i].Next[i];
            update[i].Next[i] = added;
            added.Span[i] = update[i].Span[i] - (passed[0] - passed[i]);
            update[i].Span[i] = passed[0] - passed[i] + 1;
        }
        for (var i = level; i < height; i++)
            update[i].Span[i]++;
        Count++;
    }

    /// <returns>Whether <paramref name="item"/> was there.</returns>
    public bool Remove(RankedItem item)
    {
        var node = head;
        for (var i = height - 1; i >= 0; i--)
        {
            while (node.Next[i] is { } next && RankedItem.Compare(next.Item, item) < 0)
                node = next;
            update[i] = node;
        }
        var found = node.Next[0];
        if (found is null || RankedItem.Compare(found.Item, item) != 0)
            return false;
        for (var i = 0; i < height; i++)
        {
            if (update[i].Next[i] == found)
            {
                update[i].Span[i] += found.Span[i] - 1;
                update[i].Next[i] = found.Next[i];
            }
            else
            {
                update[i].Span[i]--;
            }
        }
        while (height > 1 && head.Next[height - 1] is null)
            height--;
        Count--;
        return true;
    }

    /// <summary>How many items come before <paramref name="item"/> (its 0-based position when present).</summary>
    public int CountBefore(RankedItem item)
    {
        var node = head;
        var before = 0;
        for (var i = height - 1; i >= 0; i--)
        {
            while (node.Next[i] is { } next && RankedItem.Compare(next.Item, item) < 0)
            {
                before += node.Span[i];
                node = next;
            }
        }
        return before;
    }

    /// <summary>The items from 0-based <paramref name="index"/> on, in order.</summary>
    public IEnumerable<RankedItem> From(int index)
    {
        for (var node = NodeAt(index); node is not null; node = node.Next[0])
            yield return node.Item;
    }

    private Node? NodeAt(int index)
    {
        if (index < 0 || index >= Count)
            return null;
        var node = head;
        var traversed = 0;
        for (var i = height - 1; i >= 0; i--)
        {
            while (node.Next[i] is { } next && traversed + node.Span[i] <= index + 1)
            {
                traversed += node.Span[i];
                node = next;
            }
            if (traversed == index + 1)
                return node;
        }
        return null;
    }

    private int RandomHeight()
    {
        var level = 1;
        while (level < MaxHeight && random.Next(4) == 0)
            level++;
        return level;
    }

    private sealed class Node(RankedItem item, int height)
    {
        public RankedItem Item { get; } = item;

        public Node?[] Next { get; } = new Node?[height];

        public int[] Span { get; } = new int[height];
    }
}
