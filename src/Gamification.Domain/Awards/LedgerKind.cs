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
}
