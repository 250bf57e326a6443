namespace Gamification.Storage;

/// <summary>
/// The SQLite schema: the PostgreSQL tables with JSON as checked TEXT, times as UTC ISO-8601 TEXT
/// and reminder periods as INTEGER ticks (100 ns). Versions 1-4 are the home-made runtime's, unchanged,
/// so its files upgrade in place; never edit an applied version, add the next one.
/// </summary>
internal static class SqliteSchema
{
    private static readonly Migration[] Own =
    [
        new(1, "grain state, journal, reminders, membership, partition leases",
        [
            """
            CREATE TABLE grain_state (
                partition INTEGER NOT NULL,
                grain_type TEXT NOT NULL,
                grain_key TEXT NOT NULL,
                etag INTEGER NOT NULL,
                payload TEXT NOT NULL CHECK (json_valid(payload)),
                updated_at TEXT NOT NULL,
                PRIMARY KEY (partition, grain_type, grain_key)) WITHOUT ROWID
            """,
            """
            CREATE TABLE grain_journal (
                partition INTEGER NOT NULL,
                grain_type TEXT NOT NULL,
                grain_key TEXT NOT NULL,
                seq INTEGER NOT NULL,
                idempotency_key TEXT NOT NULL,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL CHECK (json_valid(payload)),
                created_at TEXT NOT NULL,
                PRIMARY KEY (partition, grain_type, grain_key, seq),
                UNIQUE (partition, grain_type, grain_key, idempotency_key)) WITHOUT ROWID
            """,
            """
            CREATE TABLE reminders (
                partition INTEGER NOT NULL,
                grain_type TEXT NOT NULL,
                grain_key TEXT NOT NULL,
                name TEXT NOT NULL,
                due_at TEXT NOT NULL,
                period INTEGER NOT NULL,
                PRIMARY KEY (partition, grain_type, grain_key, name)) WITHOUT ROWID
            """,
            "CREATE INDEX reminders_by_due_at ON reminders (due_at)",
            """
            CREATE TABLE silo_membership (
                silo_id TEXT PRIMARY KEY,
                address TEXT NOT NULL,
                started_at TEXT NOT NULL,
                status TEXT NOT NULL,
                heartbeat_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE partition_leases (
                partition INTEGER PRIMARY KEY,
                owner TEXT NOT NULL,
                epoch INTEGER NOT NULL,
                expires_at TEXT NOT NULL)
            """,
        ]),
        new(2, "grain states listed by type and key",
        [
            "CREATE INDEX grain_state_by_type_and_key ON grain_state (grain_type, grain_key)",
        ]),
        new(3, "silo generation and load in the membership table, leases by owner",
        [
            "ALTER TABLE silo_membership ADD COLUMN generation INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE silo_membership ADD COLUMN activations INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE silo_membership ADD COLUMN cpu_percent REAL NOT NULL DEFAULT 0",
            "ALTER TABLE silo_membership ADD COLUMN memory_bytes INTEGER NOT NULL DEFAULT 0",
            "CREATE INDEX partition_leases_by_owner ON partition_leases (owner)",
        ]),
        new(4, "reminders: when each last fired, for the dashboard",
        [
            "ALTER TABLE reminders ADD COLUMN last_fired_at TEXT NULL",
            "CREATE INDEX reminders_by_last_fired_at ON reminders (last_fired_at)",
        ]),
        // Orleans places grains and the ETag guards against a stale activation: leases and the runtime's membership are dead.
        // The reminders table stays: it is the runtime's data, and the SQLite reminder table's schema is its own.
        new(5, "drop the runtime's leases and membership: Orleans replaces them",
        [
            "DROP TABLE IF EXISTS partition_leases",
            "DROP TABLE IF EXISTS silo_membership",
        ]),
    ];

    public static readonly IReadOnlyList<Migration> Migrations = OrleansTables.After(Own, OrleansTables.Sqlite, "Orleans grain storage and reminder tables");

    public const string VersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL)
        """;
}
