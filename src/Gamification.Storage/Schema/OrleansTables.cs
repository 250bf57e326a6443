using Gamification.Storage.Orleans;

namespace Gamification.Storage;

/// <summary>
/// The tables Orleans itself needs in the same database (written in <c>Orleans/</c>), applied by the same migrator as
/// the store's own schema, as the version after the store's last, so they exist before membership starts.
/// </summary>
internal static class OrleansTables
{
    /// <summary>Clustering.AdoNet, Reminders.AdoNet and Persistence.AdoNet on PostgreSQL.</summary>
    public static IReadOnlyList<string> Postgres { get; } = OrleansPostgresSchema.Statements;

    /// <summary>Persistence.AdoNet and the SQLite reminder table.</summary>
    public static IReadOnlyList<string> Sqlite { get; } = [.. OrleansSqliteSchema.Statements, .. SqliteReminderSchema.Statements];

    /// <summary>
    /// <paramref name="own"/>, then <paramref name="statements"/> as the next version when there are any (an empty list
    /// records no version, so a database migrated without them still gets them later). Once a database has applied the
    /// version, changed statements need a version of their own, never an edit of this one.
    /// </summary>
    public static IReadOnlyList<Migration> After(Migration[] own, IReadOnlyList<string> statements, string description) =>
        statements.Count == 0 ? own : [.. own, new Migration(own[^1].Version + 1, description, statements)];
}
