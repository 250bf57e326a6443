namespace Gamification.Domain.Rules.Json;

/// <summary>Reads <c>$.levels</c>: exactly one of a table (rising thresholds from 0) or a linear curve.</summary>
internal static class LevelsReader
{
    public static LevelCurve? Read(LevelsDocument? levels, ErrorList errors)
    {
        if (levels is null)
        {
            errors.Add("$.levels", "is required");
            return null;
        }
        return (levels.Table, levels.Linear) switch
        {
            (null, null) or ({ }, { }) => Fail(errors, "$.levels", "must have exactly one of 'table' or 'linear'"),
            ({ } table, null) => ReadTable(table, errors),
            (null, { } linear) => ReadLinear(linear, errors),
        };
    }

    private static LevelTable? ReadTable(List<LevelDocument> rows, ErrorList errors)
    {
        if (rows.Count == 0)
            return Fail(errors, "$.levels.table", "must list at least one level");
        var levels = new List<LevelDefinition>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var path = $"$.levels.table[{i}]";
            var row = rows[i];
            var level = errors.Required(row.Level, $"{path}.level");
            var xp = errors.Required(row.Xp, $"{path}.xp");
            errors.Required(row.Name, $"{path}.name");
            if (level is { } l && l != i + 1)
                errors.Add($"{path}.level", $"must be {i + 1}: levels are numbered from 1 without gaps");
            if (i == 0 && xp is { } first && first != 0)
                errors.Add($"{path}.xp", "must be 0: level 1 is where every user starts");
            if (i > 0 && xp is { } x && rows[i - 1].Xp is { } previous && x <= previous)
                errors.Add($"{path}.xp", $"must be greater than the previous level's {previous}");
            levels.Add(new LevelDefinition(i + 1, row.Name ?? "", xp ?? 0, row.Unlock));
        }
        return errors.Any ? null : new LevelTable(levels);
    }

    private static LinearLevelCurve? ReadLinear(LinearDocument linear, ErrorList errors)
    {
        var perLevel = errors.Required(linear.XpPerLevel, "$.levels.linear.xp_per_level");
        errors.AtLeast(perLevel, 1, "$.levels.linear.xp_per_level");
        errors.AtLeast(linear.MaxLevel, 1, "$.levels.linear.max_level");
        return perLevel is >= 1 && linear.MaxLevel is null or >= 1 ? new LinearLevelCurve(perLevel.Value, linear.MaxLevel) : null;
    }

    private static LevelTable? Fail(ErrorList errors, string path, string reason)
    {
        errors.Add(path, reason);
        return null;
    }
}
