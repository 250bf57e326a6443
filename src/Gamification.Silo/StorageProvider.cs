namespace Gamification.Silo;

/// <summary>Where grain state, the ledger and reminders live.</summary>
public enum StorageProvider
{
    /// <summary>A file under ./data: one silo, zero setup (the embedded default).</summary>
    Sqlite,

    /// <summary>PostgreSQL: clusters and production.</summary>
    Postgres,
}
