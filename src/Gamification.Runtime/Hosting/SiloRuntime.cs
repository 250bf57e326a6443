using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>
/// The silo's life: prepares storage, starts the state and reminder writers, reminders and idle collection; on
/// stop, deactivates every activation and then lets the writer commit what is queued.
/// </summary>
internal sealed class SiloRuntime(
    IOptions<GrainRuntimeOptions> options,
    IEnumerable<IStorageInitializer> storage,
    GrainTypeRegistry types,
    Catalog catalog,
    StateWriteBatcher writer,
    ReminderWriteBatcher reminderWriter,
    ReminderService reminders,
    ActivationCollector collector,
    IEnumerable<ISiloMembership> cluster,
    ILogger<SiloRuntime> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _writing = Task.CompletedTask;
    private Task _timers = Task.CompletedTask;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Reading the options validates them: a bad setting stops the start with its key named.
        var settings = options.Value;
        foreach (var initializer in storage)
            await initializer.InitializeAsync(cancellationToken);
        // On the thread pool, not on whatever SynchronizationContext the host was started from.
        _writing = Task.WhenAll(Task.Run(writer.RunAsync, CancellationToken.None), Task.Run(reminderWriter.RunAsync, CancellationToken.None));
        foreach (var membership in cluster)
            await membership.JoinAsync(cancellationToken);
        catalog.Open();
        _timers = Task.WhenAll(
            Task.Run(() => reminders.RunAsync(_stopping.Token), CancellationToken.None),
            Task.Run(() => collector.RunAsync(_stopping.Token), CancellationToken.None));
        logger.Started(types.Count, settings.PartitionCount);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _timers;
        logger.Stopping(catalog.Activations.Count);
        foreach (var membership in cluster)
            await membership.LeavingAsync(cancellationToken);
        await catalog.DeactivateAllAsync(cancellationToken);
        writer.Complete();
        reminderWriter.Complete();
        await _writing;
        // Only now, with every write of this silo committed, may another silo take its partitions.
        foreach (var membership in cluster)
            await membership.LeftAsync(cancellationToken);
        logger.Stopped();
    }

    /// <inheritdoc />
    public void Dispose() => _stopping.Dispose();
}
