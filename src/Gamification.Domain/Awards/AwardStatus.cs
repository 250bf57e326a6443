namespace Gamification.Domain.Awards;

/// <summary>What happened to an event.</summary>
public enum AwardStatus
{
    /// <summary>Accepted: XP (possibly cut by a cap) and any badges are granted.</summary>
    Granted,

    /// <summary>The idempotency key was seen before; the original result stands and nothing changes.</summary>
    Duplicate,

    /// <summary>A rule refused it; nothing changes.</summary>
    Rejected,
}
