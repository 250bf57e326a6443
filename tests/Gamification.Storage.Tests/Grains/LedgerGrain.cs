namespace Gamification.Storage.Tests;

/// <summary>A grain that writes as the grains project's do: state and one ledger row per award, in one write.</summary>
[GrainType("ledger")]
public sealed class LedgerGrain([PersistentState("state", StorageProviders.Journaled)] IPersistentState<LedgerState> state) : Grain, ILedgerGrain
{
    public async Task<int> Award(string idempotencyKey, int amount)
    {
        state.State.Count++;
        state.State.Total += amount;
        state.State.PendingJournal = [new JournalEntry(idempotencyKey, "award", $$"""{"amount":{{amount}}}""", DateTimeOffset.UtcNow)];
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Memory is now ahead of the store: the next call must start from what was committed.
            DeactivateOnIdle();
            throw;
        }
        finally
        {
            state.State.PendingJournal = [];
        }
        return state.State.Total;
    }

    public Task<int> Total() => Task.FromResult(state.State.Total);
}
