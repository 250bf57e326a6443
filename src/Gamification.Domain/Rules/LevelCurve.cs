namespace Gamification.Domain.Rules;

/// <summary>Maps total XP to a level and describes the way to the next one.</summary>
public abstract record LevelCurve
{
    /// <summary>The level reached with <paramref name="xp"/> (1-based).</summary>
    public abstract int LevelFor(long xp);

    /// <summary>XP at which <paramref name="level"/> starts.</summary>
    public abstract long ThresholdOf(int level);

    /// <summary>The display name of a level.</summary>
    public abstract string NameOf(int level);

    /// <summary>The highest level, or null when the curve never ends.</summary>
    public abstract int? MaxLevel { get; }

    /// <summary>Where <paramref name="xp"/> stands: level, band, distance to the next level.</summary>
    public LevelProgress ProgressFor(long xp)
    {
        var level = LevelFor(xp);
        var start = ThresholdOf(level);
        if (level == MaxLevel)
            return new LevelProgress(level, NameOf(level), xp, xp - start, 0, 0, null, 100.0, IsMaxLevel: true);

        var next = ThresholdOf(level + 1);
        var band = next - start;
        var percentage = Math.Round((xp - start) * 100.0 / band, 1, MidpointRounding.AwayFromZero);
        return new LevelProgress(level, NameOf(level), xp, xp - start, band, next - xp, next, percentage, IsMaxLevel: false);
    }
}
