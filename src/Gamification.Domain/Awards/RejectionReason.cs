namespace Gamification.Domain.Awards;

/// <summary>The rule that refused an event.</summary>
public enum RejectionReason
{
    UnknownAction,
    ActionDisabled,
    SelfAward,
    MissingTarget,
    UnknownTarget,
    AmountNotAllowed,
    AmountRequired,
    AmountOutOfRange,
    DailyLimitReached,
    LifetimeLimitReached,
    CooldownActive,
    DailyCapReached,
    WatchNotConfigured,
    UnknownBadge,
    BadgeNotGrantable,
    InvalidAdjustment,
    OccurredBeforeCurrentDay,
    UnknownStreak,
    FreezesNotAllowed,
    FreezeCapReached,
    InvalidBoost,
}
