namespace Gamification.Storage;

/// <summary>
/// The PostgreSQL schema. Every key starts with the grain's partition, so the data can later be
/// distributed by partition; the partition is a function of the key, so (partition, type, key, x)
/// is unique exactly when (type, key, x) is. Versions 1-4 are the home-made runtime's, unchanged, so
/// its databases upgrade in place; never edit an applied version, add the next one.
/// </summary>
internal static class PostgresSchema
{
    private static readonly Migration[] Own =
    [
        new(1, "grain state, journal, reminders, membership, partition leases",
        [
            """
            CREATE TABLE grain_state (
                partition integer NOT NULL,
                grain_type text NOT NULL,
                grain_key text NOT NULL,
                etag bigint NOT NULL,
                payload jsonb NOT NULL,
                updated_at timestamptz NOT NULL,
                PRIMARY KEY (partition, grain_type, grain_key))
            """,
            """
            CREATE TABLE grain_journal (
                partition integer NOT NULL,
                grain_type text NOT NULL,
                grain_key text NOT NULL,
                seq bigint NOT NULL,
                idempotency_key text NOT NULL,
                kind text NOT NULL,
                payload jsonb NOT NULL,
                created_at timestamptz NOT NULL,
                PRIMARY KEY (partition, grain_type, grain_key, seq),
                UNIQUE (partition, grain_type, grain_key, idempotency_key))
            """,
            """
            CREATE TABLE reminders (
                partition integer NOT NULL,
                grain_type text NOT NULL,
                grain_key text NOT NULL,
                name text NOT NULL,
                due_at timestamptz NOT NULL,
                period interval NOT NULL,
                PRIMARY KEY (partition, grain_type, grain_key, name))
            """,
            "CREATE INDEX reminders_by_due_at ON reminders (due_at)",
            """
            CREATE TABLE silo_membership (
                silo_id text PRIMARY KEY,
                address text NOT NULL,
                started_at timestamptz NOT NULL,
                status text NOT NULL,
                heartbeat_at timestamptz NOT NULL)
            """,
            """
            CREATE TABLE partition_leases (
                partition integer PRIMARY KEY,
                owner text NOT NULL,
                epoch bigint NOT NULL,
                expires_at timestamptz NOT NULL)
            """,
        ]),
        new(2, "grain states listed by type and key",
        [
            """CREATE INDEX grain_state_by_type_and_key ON grain_state (grain_type, grain_key COLLATE "C")""",
        ]),
        new(3, "silo generation and load in the membership table, leases by owner",
        [
            """
            ALTER TABLE silo_membership
                ADD COLUMN generation bigint NOT NULL DEFAULT 0,
                ADD COLUMN activations integer NOT NULL DEFAULT 0,
                ADD COLUMN cpu_percent double precision NOT NULL DEFAULT 0,
                ADD COLUMN memory_bytes bigint NOT NULL DEFAULT 0
            """,
            "CREATE INDEX partition_leases_by_owner ON partition_leases (owner)",
        ]),
        new(4, "reminders: when each last fired, for the dashboard",
        [
            "ALTER TABLE reminders ADD COLUMN last_fired_at timestamptz NULL",
            "CREATE INDEX reminders_by_last_fired_at ON reminders (last_fired_at)",
        ]),
        // Orleans places grains (membership in its own tables) and the ETag guards against a stale activation, so the
        // leases and the runtime's membership are dead; Orleans's reminder table replaces the runtime's.
        new(5, "drop the runtime's leases, membership and reminders: Orleans replaces them",
        [
            "DROP TABLE IF EXISTS partition_leases",
            "DROP TABLE IF EXISTS silo_membership",
            "DROP TABLE IF EXISTS reminders",
        ]),
    ];

    // Version 6 is Orleans's tables; the store's own versions continue after it.
    private static readonly Migration[] AfterOrleans =
    [
        // The store writes and reads whole documents and never queries inside one, so parsing every state and ledger
        // row into jsonb bought nothing and was 8.6% of a loaded machine's CPU (jsonb_in, 256 callers of awards).
        new(7, "state and journal payloads stored as the JSON text the store writes",
        [
            "ALTER TABLE grain_state ALTER COLUMN payload TYPE text",
            "ALTER TABLE grain_journal ALTER COLUMN payload TYPE text",
        ]),
        // A user's state is rewritten on every award; with full pages a sixth of those updates found no room beside the
        // old version, so they went to another page, added entries to both indexes and bloated the table to 4-9 times
        // its live size. Half-empty pages keep them HOT (in-page, no index writes). Pages written before keep theirs.
        new(8, "grain state pages keep room for the next version of each row",
        [
            "ALTER TABLE grain_state SET (fillfactor = 50)",
        ]),
    ];

    public static readonly IReadOnlyList<Migration> Migrations =
        [.. OrleansTables.After(Own, OrleansTables.Postgres, "Orleans clustering, reminder and grain storage tables"), .. AfterOrleans];

    public const string VersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version integer PRIMARY KEY,
            description text NOT NULL,
            applied_at timestamptz NOT NULL)
        """;
}
