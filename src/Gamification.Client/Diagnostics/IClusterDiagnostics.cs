using Gamification.Runtime;

namespace Gamification.Client;

/// <summary>What operators read about the cluster (the dashboard, the CLI): silos, reminders, any grain's stored state. Read-only.</summary>
public interface IClusterDiagnostics
{
    /// <summary>The silo this process runs (its rows are marked local).</summary>
    SiloAddress LocalSilo { get; }

    /// <summary>Every silo the membership knows, newest first.</summary>
    Task<IReadOnlyList<SiloStatus>> GetSilosAsync(CancellationToken cancellationToken = default);

    /// <summary>Reminders due in the next hour, overdue, and most recently fired, up to <paramref name="limit"/> of each.</summary>
    Task<ReminderOverview> GetRemindersAsync(int limit = 50, CancellationToken cancellationToken = default);

    /// <summary>
    /// The grain <paramref name="grainType"/>/<paramref name="key"/> as storage holds it, whether and where it is
    /// active, and its journal; it is read through an inspector on its silo and never activated.
    /// </summary>
    Task<GrainInspection> InspectAsync(string grainType, string key, long? journalAfter = null, int journalLimit = 50, CancellationToken cancellationToken = default);
}
