namespace Gamification.Domain.Awards;

/// <summary>Why an event earned nothing, in the seeds' words ("Daily limit reached for create_character (2/day)").</summary>
/// <param name="RetryAfter">When the same event would be accepted again (limits reset at UTC midnight, cooldowns end).</param>
public sealed record Rejection(RejectionReason Reason, string Detail, TimeSpan? RetryAfter = null)
{
    /// <summary>Limits, caps and cooldowns: the caller may succeed later (HTTP 429).</summary>
    public bool IsThrottle => Reason is RejectionReason.DailyLimitReached or RejectionReason.CooldownActive
        or RejectionReason.DailyCapReached;
}
