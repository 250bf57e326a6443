namespace Gamification.Storage;

/// <summary>
/// A batching writer's loop: started once, by the host or by the first write where there is no host (tests, tools),
/// and awaited when the writer stops.
/// </summary>
internal sealed class WriterLoop
{
    private readonly Lock _starting = new();
    private Task? _running;

    /// <summary>Starts <paramref name="run"/> as the loop if no loop is running yet.</summary>
    public void Start(Func<Task> run)
    {
        if (_running is not null)
            return;
        lock (_starting)
        {
            // On the thread pool: never on the scheduler of the activation whose write happened to start it.
            _running ??= Task.Run(run, CancellationToken.None);
        }
    }

    /// <summary>The loop's task; one that never started stays unstarted and counts as done.</summary>
    public Task Finished()
    {
        lock (_starting)
            return _running ??= Task.CompletedTask;
    }
}
