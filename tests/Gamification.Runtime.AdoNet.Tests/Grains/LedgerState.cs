namespace Gamification.Runtime.AdoNet.Tests;

public sealed class LedgerState
{
    public int Count { get; set; }

    public int Total { get; set; }
}
