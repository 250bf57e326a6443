namespace Gamification.Runtime;

/// <summary>
/// Coalesces map refreshes: callers that learn at once that the map is stale share one reread instead of
/// sending the directory one each (10,000 calls in flight when a silo dies).
/// </summary>
internal sealed class MapRefresh(IPartitionDirectory directory)
{
    private readonly Lock _gate = new();
    private Task? _running;

    public Task RunAsync()
    {
        lock (_gate)
        {
            if (_running is { IsCompleted: false })
                return _running;
            return _running = Task.Run(() => directory.RefreshAsync(CancellationToken.None));
        }
    }
}
