namespace Gamification.Domain.Rules;

/// <summary>A level curve given as a table of thresholds (seeds 000/001, 003).</summary>
public sealed record LevelTable : LevelCurve
{
    private readonly long[] thresholds;

    /// <param name="levels">Rows ordered by level, starting at level 1 with 0 XP, thresholds strictly rising.</param>
    public LevelTable(IReadOnlyList<LevelDefinition> levels)
    {
        Levels = levels;
        thresholds = levels.Select(l => l.XpRequired).ToArray();
    }

    public IReadOnlyList<LevelDefinition> Levels { get; }

    public override int? MaxLevel => Levels.Count;

    public override int LevelFor(long xp)
    {
        var index = Array.BinarySearch(thresholds, xp);
        // A miss returns the complement of the first larger threshold; the level is the one before it.
        return index >= 0 ? index + 1 : ~index;
    }

    public override long ThresholdOf(int level) => thresholds[level - 1];

    public override string NameOf(int level) => Levels[level - 1].Name;
}
