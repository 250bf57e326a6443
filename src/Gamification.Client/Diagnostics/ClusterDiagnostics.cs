using Gamification.Runtime;

namespace Gamification.Client;

/// <summary><see cref="IClusterDiagnostics"/> over the membership view, the reminder index and the runtime's inspector grain.</summary>
public sealed class ClusterDiagnostics(IGrainFactory grains, IClusterMembershipView cluster, IReminderQuery reminders, TimeProvider clock) : IClusterDiagnostics
{
    /// <summary>Counts stop here, so that a huge backlog costs a bounded index read.</summary>
    public const int CountLimit = 10_000;

    /// <summary>A reminder this late was missed, not merely waiting for the next poll.</summary>
    public static readonly TimeSpan OverdueAfter = TimeSpan.FromMinutes(1);

    public SiloAddress LocalSilo => cluster.Local;

    public Task<IReadOnlyList<SiloStatus>> GetSilosAsync(CancellationToken cancellationToken = default) => cluster.GetSilosAsync(cancellationToken);

    public async Task<ReminderOverview> GetRemindersAsync(int limit = 50, CancellationToken cancellationToken = default)
    {
        Argument.Limit(limit, 500, "limit");
        var now = clock.GetUtcNow();
        var overdueBy = now - OverdueAfter;
        return new ReminderOverview(
            now,
            await reminders.CountDueAsync(now, now.AddHours(1), CountLimit, cancellationToken),
            await reminders.CountDueAsync(DateTimeOffset.MinValue, overdueBy, CountLimit, cancellationToken),
            await reminders.ReadDueAsync(now, now.AddHours(1), limit, cancellationToken),
            await reminders.ReadDueAsync(DateTimeOffset.MinValue, overdueBy, limit, cancellationToken),
            await reminders.ReadLastFiredAsync(limit, cancellationToken));
    }

    public Task<GrainInspection> InspectAsync(string grainType, string key, long? journalAfter = null, int journalLimit = 50, CancellationToken cancellationToken = default)
    {
        Argument.Id(grainType, "grain_type");
        ArgumentException.ThrowIfNullOrEmpty(key);
        Argument.Limit(journalLimit, 500, "limit");
        // Same key, same partition: the inspector runs on the silo that holds (or would activate) the grain.
        return grains.GetGrain<IGrainInspectorGrain>(key).Inspect(grainType, journalAfter, journalLimit).WaitAsync(cancellationToken);
    }
}
