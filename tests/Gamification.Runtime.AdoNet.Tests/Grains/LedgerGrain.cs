namespace Gamification.Runtime.AdoNet.Tests;

[GrainType("ledger")]
public sealed class LedgerGrain : Grain<LedgerState>, ILedgerGrain
{
    public async Task<int> Award(string idempotencyKey, int amount)
    {
        State.Count++;
        State.Total += amount;
        await WriteStateAsync([new JournalEntry(idempotencyKey, "award", $$"""{"amount":{{amount}}}""", Clock.GetUtcNow())]);
        return State.Total;
    }
}
