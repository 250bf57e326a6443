namespace Gamification.Cluster.Process.Tests.Tokens;

/// <summary>One transfer request a test sends; the same id may appear more than once, sometimes with another amount.</summary>
/// <param name="Abandoned">Its caller gives up after the first failed attempt, so only the service can finish it.</param>
internal sealed record PlannedTransfer(string Id, string From, string To, long Amount, bool Abandoned)
{
    public object Body => new { transfer_id = Id, from_user_id = From, to_user_id = To, amount = Amount };
}
