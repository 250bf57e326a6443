namespace Gamification.Domain.Awards;

/// <summary>Why a ledger entry exists.</summary>
public enum LedgerKind
{
    /// <summary>XP for an action of the catalog.</summary>
    Action,

    /// <summary>The first-action-of-the-day reward.</summary>
    DailyReward,

    /// <summary>XP for full minutes watched.</summary>
    Watch,

    /// <summary>A badge earned or granted (no XP).</summary>
    Badge,

    /// <summary>An admin's explicit change of XP, with a reason; the only way XP goes down.</summary>
    Adjustment,

    /// <summary>A streak reached one more period (no XP).</summary>
    StreakExtended,

    /// <summary>A freeze was used up for a missed period, which counts as a link of the streak (no XP).</summary>
    StreakFrozen,

    /// <summary>A period was missed without a freeze: the streak is back to 0 (no XP).</summary>
    StreakLost,

    /// <summary>A streak reached a rewarded length: XP, and the badge, freezes and tokens of the milestone.</summary>
    StreakMilestone,

    /// <summary>Freezes granted by an admin or bought in the shop (no XP).</summary>
    FreezesGranted,

    /// <summary>A boost of this user's own was granted (no XP).</summary>
    BoostStarted,

    /// <summary>A boost of this user's own ran out (no XP).</summary>
    BoostEnded,
}
