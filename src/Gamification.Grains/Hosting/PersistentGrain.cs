using Gamification.Persistence;

namespace Gamification.Grains.Hosting;

/// <summary>
/// A grain whose state (and ledger rows, when a write carries them) goes to the journaled store in one
/// transaction. A failed write ends the activation with its turn: memory may then be ahead of the store,
/// and the next call must start from what was committed.
/// </summary>
public abstract class PersistentGrain<TState>(IPersistentState<Journaled<TState>> stored) : KeyedGrain where TState : class, new()
{
    /// <summary>The state as of its last read or write, plus this turn's changes.</summary>
    protected TState State
    {
        get => stored.State.Value;
        set => stored.State.Value = value;
    }

    /// <summary>
    /// Writes <see cref="State"/> and <paramref name="journal"/> together, returning once they committed. Throws
    /// <see cref="DuplicateJournalEntryException"/> when the ledger already holds a row's key (nothing written),
    /// <c>InconsistentStateException</c> when another activation wrote since, or <see cref="Gamification.Contracts.StorageUnavailableException"/>.
    /// </summary>
    protected async Task WriteStateAsync(IReadOnlyList<JournalEntry>? journal = null)
    {
        stored.State.PendingJournal = journal ?? [];
        try
        {
            await stored.WriteStateAsync();
        }
        catch (DuplicateJournalEntryException)
        {
            // Nothing was written: drop this turn's changes and keep the activation, so that the calls queued
            // behind this one (often retries of the same key) are not forwarded to a fresh activation each.
            await ReloadAsync();
            throw;
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
        finally
        {
            stored.State.PendingJournal = [];
        }
    }

    /// <summary>Reloads the stored state; if that fails too, memory is unknown, so the activation ends and the caller sees the failure.</summary>
    private async Task ReloadAsync()
    {
        try
        {
            await stored.ReadStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Replaces <see cref="State"/> with the stored state.</summary>
    protected Task ReadStateAsync() => stored.ReadStateAsync();
}
