namespace Gamification.Cluster.Process.Tests;

/// <summary>How an event ended after its retries: the final HTTP status (503 when the budget ran out), and how many attempts failed on the way.</summary>
internal sealed record AwardOutcome(int Status, int FailedAttempts)
{
    /// <summary>A final answer: granted (200) or refused by a rule (4xx).</summary>
    public bool Final => Status is >= 200 and < 500;
}
