using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Leaderboards;
using Gamification.Contracts.Progress;
using Gamification.Contracts.Rulesets;

namespace Gamification.Contracts.Tests;

/// <summary>
/// Contract members typed <see cref="IReadOnlyList{T}"/> and <see cref="IReadOnlyDictionary{TKey, TValue}"/> hold
/// whatever the grains build: collection expressions (compiler-synthesized types without a codec of their own),
/// lists, arrays, frozen and immutable collections. Orleans's interface-collection codecs carry them all.
/// </summary>
public sealed class CollectionShapeTests
{
    private static readonly string[] Names = ["banned-1", "staff-2", "bot-3"];

    public static TheoryData<string> ListShapes() => [.. StringLists().Keys];

    public static TheoryData<string> DictionaryShapes() => [.. Dictionaries().Keys];

    [Fact]
    public void Collection_expressions_build_compiler_synthesized_list_types()
    {
        var lists = StringLists();

        Assert.StartsWith("<>z__", lists["one element [x]"].GetType().Name, StringComparison.Ordinal);
        Assert.StartsWith("<>z__", lists["known length [x, y]"].GetType().Name, StringComparison.Ordinal);
        Assert.StartsWith("<>z__", lists["spread of an enumerable [.. xs]"].GetType().Name, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ListShapes))]
    public void A_read_only_list_of_strings_round_trips_whatever_its_runtime_type(string shape)
    {
        var excluded = new ExcludedUsers(StringLists()[shape], 9);

        var read = OrleansCodec.RoundTrip(excluded);
        var copy = OrleansCodec.Copier.Copy(excluded);

        Assert.Equal(excluded.UserIds, read.UserIds);
        Assert.Equal(excluded.UserIds, copy.UserIds);
        Assert.Equal(9, read.Version);
    }

    [Theory]
    [MemberData(nameof(ListShapes))]
    public void A_read_only_list_of_records_round_trips_whatever_its_runtime_type(string shape)
    {
        var lines = StringLists()[shape].Select((key, i) => Samples.CreateCharacterLine with { Key = key, BalanceAfter = 100 * (i + 1) });
        IReadOnlyList<LedgerLine> entries = shape switch
        {
            "empty []" => [],
            "one element [x]" => [lines.First()],
            "known length [x, y]" => [lines.First(), lines.Last()],
            "array" => lines.ToArray(),
            "List<T>" => lines.ToList(),
            "immutable array" => [.. lines.ToImmutableArray()],
            _ => [.. lines],
        };
        var page = new LedgerPage(entries, 4);

        var read = OrleansCodec.RoundTrip(page);

        Assert.Equal(page.Entries, read.Entries);
        Assert.Equal(4, read.NextBefore);
    }

    [Fact]
    public void A_list_shared_by_two_members_reads_back_with_the_same_elements_in_both()
    {
        IReadOnlyList<LeaderboardEntry> rows = [Samples.FirstPlace, Samples.SecondPlace];
        var standing = new LeaderboardStanding("xp", "all", 2, Samples.SecondPlace, rows);
        var page = new LeaderboardPage("xp", "all", 2, rows);

        var read = OrleansCodec.RoundTrip<object[]>([standing, page]);

        Assert.Equal(rows, Assert.IsType<LeaderboardStanding>(read[0]).Around);
        Assert.Equal(rows, Assert.IsType<LeaderboardPage>(read[1]).Entries);
    }

    [Theory]
    [MemberData(nameof(DictionaryShapes))]
    public void A_read_only_dictionary_round_trips_whatever_its_runtime_type(string shape)
    {
        var dictionary = Dictionaries()[shape];
        var path = Samples.Warrior with { XpMultipliers = dictionary };
        var limits = new DailyLimits(3, 10, null, null, dictionary.ToDictionary(p => p.Key, p => (int)p.Value), new Dictionary<string, int?> { ["x"] = null }, dictionary.ToFrozenDictionary(p => p.Key, p => 1));

        var read = OrleansCodec.RoundTrip(path);
        var copy = OrleansCodec.Copier.Copy(path);
        var readLimits = OrleansCodec.RoundTrip(limits);

        Assert.Equal(dictionary.OrderBy(p => p.Key), read.XpMultipliers.OrderBy(p => p.Key));
        Assert.Equal(dictionary.OrderBy(p => p.Key), copy.XpMultipliers.OrderBy(p => p.Key));
        Structural.Equivalent(limits, readLimits);
    }

    private static Dictionary<string, IReadOnlyList<string>> StringLists() => new(StringComparer.Ordinal)
    {
        ["empty []"] = [],
        ["one element [x]"] = [Names[0]],
        ["known length [x, y]"] = [Names[0], Names[1]],
        ["spread of an enumerable [.. xs]"] = [.. Names.Where(n => n.Length > 0)],
        ["array"] = Names.ToArray(),
        ["List<T>"] = Names.ToList(),
        ["immutable array"] = Names.ToImmutableArray(),
        ["read-only collection"] = new ReadOnlyCollection<string>(Names),
    };

    private static Dictionary<string, IReadOnlyDictionary<string, decimal>> Dictionaries()
    {
        var source = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["battle_won"] = 1.5m, ["post_created"] = 0.75m, ["quest_done"] = 2m };
        return new(StringComparer.Ordinal)
        {
            ["empty Dictionary"] = new Dictionary<string, decimal>(),
            ["Dictionary"] = source,
            ["frozen"] = source.ToFrozenDictionary(StringComparer.Ordinal),
            ["immutable"] = source.ToImmutableDictionary(StringComparer.Ordinal),
            ["read-only wrapper"] = new ReadOnlyDictionary<string, decimal>(source),
            ["sorted"] = new SortedDictionary<string, decimal>(source, StringComparer.Ordinal),
        };
    }
}
