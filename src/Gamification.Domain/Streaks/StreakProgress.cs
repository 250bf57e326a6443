namespace Gamification.Domain.Streaks;

/// <summary>A user's standing in one streak, as the ledger's streak entries left it.</summary>
public sealed class StreakProgress
{
    public int Current { get; set; }

    public int Longest { get; set; }

    /// <summary>The newest period that counted (an event or a freeze), or null before the first.</summary>
    public DateOnly? LastPeriod { get; set; }

    public int Freezes { get; set; }

    /// <summary>Takes the state a ledger entry's mark records.</summary>
    public void Apply(StreakMark mark, bool extends)
    {
        Current = mark.Length;
        Longest = Math.Max(Longest, mark.Length);
        Freezes = mark.Freezes;
        if (extends)
            LastPeriod = mark.Period;
    }
}
