namespace Gamification.Domain.Rules.Json;

/// <summary>Reads <c>$.daily_caps</c>: level bands that must not overlap.</summary>
internal static class CapsReader
{
    public static IReadOnlyList<DailyCap> Read(List<DailyCapDocument>? caps, ErrorList errors)
    {
        var result = new List<DailyCap>();
        for (var i = 0; i < (caps?.Count ?? 0); i++)
        {
            var path = $"$.daily_caps[{i}]";
            var cap = caps![i];
            var min = errors.Required(cap.MinLevel, $"{path}.min_level");
            var xp = errors.Required(cap.Xp, $"{path}.xp");
            errors.AtLeast(min, 1, $"{path}.min_level");
            errors.AtLeast(xp, 1, $"{path}.xp");
            errors.AtLeast(cap.MaxLevel, min ?? 1, $"{path}.max_level");
            if (min is not { } lo || xp is not { } amount)
                continue;
            var band = new DailyCap(lo, cap.MaxLevel, amount);
            if (result.Find(other => Overlap(other, band)) is { } clash)
                errors.Add(path, $"overlaps the band starting at level {clash.MinLevel}");
            result.Add(band);
        }
        return result;
    }

    private static bool Overlap(DailyCap a, DailyCap b) =>
        a.MinLevel <= (b.MaxLevel ?? int.MaxValue) && b.MinLevel <= (a.MaxLevel ?? int.MaxValue);
}
