namespace Gamification.Domain.Rules;

/// <summary>How a badge is earned.</summary>
public enum BadgeKind
{
    /// <summary>Earned when the lifetime count of an action reaches a threshold (1 makes a one-off badge).</summary>
    ActionCount,

    /// <summary>Earned on reaching a level.</summary>
    LevelReached,

    /// <summary>Earned per module, at a number of discussion messages in it (seed 004's module expert at 250).</summary>
    ModuleMessages,

    /// <summary>Granted only by an admin (seed 004's special badges).</summary>
    Special,
}
