namespace Gamification.Domain.Rules;

/// <summary>Every level costs the same XP: seed 002's "Level = (Total XP ÷ 500) + 1".</summary>
public sealed record LinearLevelCurve(int XpPerLevel, int? Max = null) : LevelCurve
{
    public override int? MaxLevel => Max;

    public override int LevelFor(long xp)
    {
        var level = (int)Math.Min(xp / XpPerLevel + 1, int.MaxValue);
        return Max is { } max && level > max ? max : level;
    }

    public override long ThresholdOf(int level) => (long)(level - 1) * XpPerLevel;

    public override string NameOf(int level) => $"Level {level}";
}
