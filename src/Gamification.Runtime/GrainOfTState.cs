namespace Gamification.Runtime;

/// <summary>
/// A grain with persistent state, loaded on activation and written through on
/// <see cref="WriteStateAsync"/>. A failed write ends the activation, so stale state is never written over newer.
/// </summary>
/// <typeparam name="TState">The state, stored as JSON.</typeparam>
public abstract class Grain<TState> : Grain where TState : class, new()
{
    private string? _etag;

    /// <summary>The grain's state as of its last read or write, plus this turn's changes.</summary>
    protected TState State { get; set; } = new();

    /// <summary>
    /// Writes <see cref="State"/> and <paramref name="journal"/> in one transaction, returning once it committed.
    /// Throws <see cref="InconsistentStateException"/>, <see cref="DuplicateJournalEntryException"/> or
    /// <see cref="GrainUnavailableException"/>; after any failure the activation ends when the turn does.
    /// </summary>
    protected async Task WriteStateAsync(IReadOnlyList<JournalEntry>? journal = null)
    {
        try
        {
            _etag = await Activation.Runtime.Storage.WriteAsync(GrainId, State, _etag, journal ?? []);
        }
        catch (Exception e)
        {
            Activation.DeactivateAfterTurn(new DeactivationReason(DeactivationReasonCode.ApplicationError, $"Writing state failed: {e.Message}"));
            throw;
        }
    }

    /// <summary>Replaces <see cref="State"/> with the stored state.</summary>
    protected async Task ReadStateAsync() => (State, _etag) = await Activation.Runtime.Storage.ReadAsync<TState>(GrainId);

    internal override Task LoadStateAsync() => ReadStateAsync();
}
