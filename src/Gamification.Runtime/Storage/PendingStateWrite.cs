namespace Gamification.Runtime;

/// <summary>A write waiting for its batch to commit; its caller awaits <see cref="Completion"/>.</summary>
internal sealed class PendingStateWrite(StateWrite write, long enqueuedAt)
{
    // Asynchronous continuations: the writer must not run grain code on its own loop.
    private readonly TaskCompletionSource<string> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StateWrite Write { get; } = write;

    /// <summary>The <see cref="TimeProvider"/> timestamp when the write was queued.</summary>
    public long EnqueuedAt { get; } = enqueuedAt;

    /// <summary>The new ETag once committed, or the write's failure.</summary>
    public Task<string> Completion => _completion.Task;

    public void Complete(StateWriteResult result)
    {
        switch (result.Status)
        {
            case StateWriteStatus.Committed:
                _completion.SetResult(result.ETag!);
                break;
            case StateWriteStatus.StaleETag:
                _completion.SetException(new InconsistentStateException(Write.Grain, Write.ETag));
                break;
            case StateWriteStatus.DuplicateJournalEntry:
                _completion.SetException(new DuplicateJournalEntryException(Write.Grain, result.DuplicateKey!));
                break;
            case StateWriteStatus.LeaseLost:
                _completion.SetException(new GrainUnavailableException(Write.Grain, "this silo lost its partition's lease before the write committed, so nothing was written"));
                break;
            default:
                Fail(result.Error!);
                break;
        }
    }

    public void Fail(Exception storageFailure) =>
        _completion.SetException(new GrainUnavailableException(Write.Grain, "its state write did not commit", storageFailure));
}
