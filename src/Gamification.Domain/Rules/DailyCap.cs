namespace Gamification.Domain.Rules;

/// <summary>Most XP a user may earn in one UTC day while at a level in [MinLevel, MaxLevel] (seed 001: L1-L2 150).</summary>
public sealed record DailyCap(int MinLevel, int? MaxLevel, int Xp)
{
    public bool Covers(int level) => level >= MinLevel && (MaxLevel is null || level <= MaxLevel);
}
