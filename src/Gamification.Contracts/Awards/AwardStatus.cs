namespace Gamification.Contracts.Awards;

/// <summary>What happened to an event.</summary>
[GenerateSerializer, Alias("gamification.award-status")]
public enum AwardStatus
{
    /// <summary>Accepted; XP may have been cut by a cap (see the ledger entries).</summary>
    Granted,

    /// <summary>The idempotency key was seen before: the original figures, nothing changed.</summary>
    Duplicate,

    /// <summary>A rule refused it; nothing changed.</summary>
    Rejected,
}
