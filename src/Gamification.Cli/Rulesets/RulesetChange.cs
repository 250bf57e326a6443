namespace Gamification.Cli.Rulesets;

/// <summary>One thing users will notice between two rulesets; "-" stands for absent or unlimited.</summary>
internal sealed record RulesetChange(string Area, string Item, string Before, string After)
{
    public static IReadOnlyList<RulesetChange> Between(
        SortedDictionary<(string Area, string Item), string> before, SortedDictionary<(string Area, string Item), string> after)
    {
        var changes = new List<RulesetChange>();
        foreach (var key in before.Keys.Union(after.Keys).Order())
        {
            var was = before.GetValueOrDefault(key, Absent(before, key));
            var now = after.GetValueOrDefault(key, Absent(after, key));
            if (was != now)
                changes.Add(new RulesetChange(key.Area, key.Item, was, now));
        }
        return changes;
    }

    // An action or badge missing on one side reads as "(none)", a missing setting as "-".
    private static string Absent(SortedDictionary<(string Area, string Item), string> facts, (string Area, string Item) key) =>
        facts.Keys.Any(k => k.Area == key.Area) ? "(none)" : "-";
}
