namespace Gamification.Runtime;

/// <summary>A reminder change waiting for its batch to commit; its caller awaits <see cref="Completion"/>.</summary>
internal sealed class PendingReminderChange(ReminderChange change)
{
    // Asynchronous continuations: the writer must not run grain code on its own loop.
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ReminderChange Change { get; } = change;

    /// <summary>Ends once the change is durable, or with why it is not.</summary>
    public Task Completion => _completion.Task;

    public void Complete() => _completion.SetResult();

    public void Fail(Exception storageFailure) =>
        _completion.SetException(new GrainUnavailableException(Change.Grain, "its reminder table could not be updated", storageFailure));
}
