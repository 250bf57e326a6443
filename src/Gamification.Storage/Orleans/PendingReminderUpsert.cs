namespace Gamification.Storage.Orleans;

/// <summary>A registration waiting for its batch: the row to write and the caller waiting for its new ETag.</summary>
internal sealed class PendingReminderUpsert(ReminderEntry entry)
{
    private readonly TaskCompletionSource<string> _etag = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ReminderEntry Entry { get; } = entry;

    /// <summary>The row's key; one statement may write a key only once.</summary>
    public (string Grain, string Name) Key { get; } = (entry.GrainId.ToString(), entry.ReminderName);

    public Task<string> ETag => _etag.Task;

    public void Complete(string etag) => _etag.TrySetResult(etag);

    public void Fail(Exception error) => _etag.TrySetException(error);
}
