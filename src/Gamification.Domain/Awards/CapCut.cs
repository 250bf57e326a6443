namespace Gamification.Domain.Awards;

/// <summary>The cap that cut an award short.</summary>
public enum CapCut
{
    /// <summary>The daily XP cap of the user's level band.</summary>
    DailyCap,

    /// <summary>The daily minutes cap of watching.</summary>
    WatchCap,
}
