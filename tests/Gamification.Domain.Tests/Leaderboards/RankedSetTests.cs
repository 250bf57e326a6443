using Gamification.Domain.Leaderboards;

namespace Gamification.Domain.Tests.Leaderboards;

/// <summary>The ranked set against a sorted list, at sizes that split, empty and merge many blocks.</summary>
public sealed class RankedSetTests
{
    private static readonly Comparer<RankedItem> Order = Comparer<RankedItem>.Create((a, b) => RankedItem.Compare(a, b));

    [Fact]
    public void Positions_and_order_agree_with_a_sorted_list_while_thousands_of_items_come_and_go()
    {
        var random = new Random(2026);
        var set = new RankedSet();
        var expected = new List<RankedItem>();
        for (var step = 0; step < 40_000; step++)
        {
            // Grow to ~6,000 items, shrink to nearly none, grow again: splits, then removals that empty and merge blocks.
            var growing = step < 15_000 || step > 30_000;
            if (expected.Count > 0 && random.Next(100) < (growing ? 30 : 85))
            {
                var gone = expected[random.Next(expected.Count)];
                Assert.True(set.Remove(gone));
                expected.Remove(gone);
            }
            else
            {
                var item = new RankedItem($"u{random.Next(100_000)}", random.Next(50), random.Next(20));
                if (expected.BinarySearch(item, Order) >= 0)
                    continue;
                set.Add(item);
                expected.Insert(~expected.BinarySearch(item, Order), item);
            }
            if (step % 2_000 == 0)
                AssertSame(expected, set, random);
        }
        AssertSame(expected, set, random);
    }

    [Fact]
    public void Removing_an_absent_item_changes_nothing()
    {
        var set = new RankedSet();
        set.Add(new RankedItem("a", 10, 1));
        set.Add(new RankedItem("b", 5, 1));

        Assert.False(set.Remove(new RankedItem("a", 11, 1)));
        Assert.False(set.Remove(new RankedItem("c", 1, 1)));
        Assert.False(set.Remove(new RankedItem("z", 100, 1)));

        Assert.Equal(2, set.Count);
        Assert.Equal(["a", "b"], set.From(0).Select(i => i.UserId));
    }

    private static void AssertSame(List<RankedItem> expected, RankedSet set, Random random)
    {
        Assert.Equal(expected.Count, set.Count);
        Assert.Equal(expected, set.From(0));
        for (var probe = 0; probe < 50 && expected.Count > 0; probe++)
        {
            var index = random.Next(expected.Count);
            Assert.Equal(index, set.CountBefore(expected[index]));
            Assert.Equal(expected.Skip(index).Take(3), set.From(index).Take(3));
        }
        Assert.Empty(set.From(expected.Count));
        Assert.Equal(expected.Count, set.CountBefore(new RankedItem("", long.MinValue, long.MaxValue)));
        Assert.Equal(0, set.CountBefore(RankedItem.FirstWith(long.MaxValue)));
    }
}
