using System.Globalization;
using Gamification.Contracts;
using Orleans.Storage;

namespace Gamification.Storage;

/// <summary>A write waiting for its batch to commit; its caller awaits <see cref="Completion"/>.</summary>
internal sealed class PendingStateWrite(StateWrite write, long enqueuedAt)
{
    // Asynchronous continuations: the writer must not run grain code on its own loop.
    private readonly TaskCompletionSource<long> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StateWrite Write { get; } = write;

    /// <summary>The <see cref="TimeProvider"/> timestamp when the write was queued.</summary>
    public long EnqueuedAt { get; } = enqueuedAt;

    /// <summary>The new stored version once committed, or the write's failure as the exception the grain sees.</summary>
    public Task<long> Completion => _completion.Task;

    public void Complete(StateWriteResult result)
    {
        switch (result.Status)
        {
            case StateWriteStatus.Committed:
                _completion.SetResult(result.ETag!.Value);
                break;
            case StateWriteStatus.StaleETag:
                // Orleans deactivates the activation on this exception, so its next call reloads the stored state.
                _completion.SetException(new InconsistentStateException(
                    $"The stored state of {Write.Row.Grain} is no longer at ETag '{Current()}': another activation wrote it since; nothing was written.",
                    storedEtag: null, currentEtag: Current()));
                break;
            case StateWriteStatus.DuplicateJournalEntry:
                _completion.SetException(new DuplicateJournalEntryException(Write.Row.Grain, result.DuplicateKey!));
                break;
            default:
                Fail(result.Error!);
                break;
        }
    }

    public void Fail(Exception storageFailure) =>
        _completion.SetException(new StorageUnavailableException(Write.Row.Grain, "its state write did not commit", storageFailure));

    private string? Current() => Write.ETag?.ToString(CultureInfo.InvariantCulture);
}
