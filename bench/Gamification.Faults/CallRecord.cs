namespace Gamification.Faults;

/// <summary>How one event ended after its attempts, and what the attempts saw on the way.</summary>
/// <param name="Status">The final HTTP status; 503 when the retry budget ran out first.</param>
/// <param name="Unavailable">Attempts answered 503.</param>
/// <param name="ServerErrors">Attempts answered another 5xx (a 500 is a bug).</param>
/// <param name="Broken">Attempts that ended without an answer: a broken connection or the client's timeout.</param>
/// <param name="LongestAttempt">The longest single attempt: a call that hangs shows here.</param>
/// <param name="LastFailure">When (since the campaign began) the last failed attempt ended; null if none failed.</param>
public sealed record CallRecord(int Status, int Attempts, int Unavailable, int ServerErrors, int Broken, TimeSpan LongestAttempt, TimeSpan? LastFailure)
{
    public bool IsFinal => Status is < 500;
}
