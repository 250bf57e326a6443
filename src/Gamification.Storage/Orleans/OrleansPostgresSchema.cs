namespace Gamification.Storage.Orleans;

/// <summary>
/// What Orleans's stock ADO.NET providers need in a PostgreSQL database: Clustering.AdoNet (membership and gateway
/// list), Reminders.AdoNet and Persistence.AdoNet. The packages ship no SQL; at start each provider reads its statements
/// from the <c>OrleansQuery</c> table by key and refuses to start when one is missing, so this schema is their whole
/// database side.
/// </summary>
/// <remarks>
/// <para>
/// The contract is that of the 10.4 providers: they bind parameters by name (<c>@DeploymentId</c>; Npgsql rewrites them
/// to positional ones), read result columns by name (PostgreSQL folds the unquoted names to lower case and Npgsql
/// matches them case-insensitively), send every <see cref="DateTime"/> as <c>timestamptz</c> (Npgsql accepts only UTC
/// values there), and run each statement on its own pooled connection in autocommit, so a statement that must be
/// all-or-nothing is one statement, one function call, or one multi-statement command (which PostgreSQL runs as one
/// implicit transaction).
/// </para>
/// <para>
/// Every statement is idempotent (<c>IF NOT EXISTS</c>, <c>CREATE OR REPLACE</c>, upserts of the query rows), so a
/// migrator may rerun the list, and several silos may run it inside one transaction under an advisory lock.
/// The functions have names of their own, so a database that also holds upstream's scripts keeps both.
/// </para>
/// </remarks>
public static class OrleansPostgresSchema
{
    /// <summary>The <c>OrleansQuery</c> rows by key: what each provider reads at start.</summary>
    internal static IReadOnlyDictionary<string, string> Queries { get; } = new Dictionary<string, string>
    {
        // ---- Clustering.AdoNet: the membership table, versioned as a whole by OrleansMembershipVersionTable.Version ----

        // True (1) when this call created the cluster's version row; a silo that finds it already there goes on.
        ["InsertMembershipVersionKey"] = """
            WITH inserted AS (
                INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
                ON CONFLICT (DeploymentId) DO NOTHING
                RETURNING 1)
            SELECT count(*)::integer FROM inserted
            """,
        ["InsertMembershipKey"] = """
            SELECT orleans_membership_insert(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
                @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)
            """,
        ["UpdateMembershipKey"] = """
            SELECT orleans_membership_update(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
                @IAmAliveTime, @Version)
            """,
        // A heartbeat: best effort, checked by nobody, and deliberately not a table version change (that would make
        // every other silo's next membership write fail on a stale version).
        ["UpdateIAmAlivetimeKey"] = """
            UPDATE OrleansMembershipTable
            SET IAmAliveTime = @IAmAliveTime
            WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
            """,
        // The version row always comes back (the provider takes the table version from the first row), with NULL
        // member columns when the silo has no row: the provider reads a NULL StartTime as "no entry".
        ["MembershipReadRowKey"] = """
            SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
                m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
            FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
                AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
            WHERE v.DeploymentId = @DeploymentId
            """,
        ["MembershipReadAllKey"] = """
            SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
                m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
            FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
            WHERE v.DeploymentId = @DeploymentId
            """,
        // Two statements in one command: PostgreSQL runs them as one implicit transaction, members first for the foreign key.
        ["DeleteMembershipTableEntriesKey"] = """
            DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
            DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId
            """,
        // Clients and silos list the gateways of the active silos (the provider passes @Status = Active).
        ["GatewaysQueryKey"] = """
            SELECT Address, ProxyPort, Generation
            FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0
            """,
        // Required, but the 10.4 provider uses it only when CleanupDefunctSiloEntryKey is missing. It removes only rows
        // that are certainly long dead: Dead (6), started and last alive before the cutoff, and never suspected (a
        // suspicion vote can be the only trace of a recent death, and SQL cannot read the votes' times).
        ["CleanupDefunctSiloEntriesKey"] = """
            DELETE FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Status = 6
                AND IAmAliveTime < @IAmAliveTime AND StartTime < @IAmAliveTime
                AND COALESCE(SuspectTimes, '') = ''
            """,
        // Optional in 10.4; when present the provider reads every row, picks the defunct ones itself (Dead, start,
        // heartbeat and every suspicion vote before the cutoff) and deletes each with the values it read, so a row that
        // changed since (a new vote, a heartbeat) stays.
        ["CleanupDefunctSiloEntryKey"] = """
            DELETE FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
                AND Status = 6 AND StartTime = @StartTime AND IAmAliveTime = @IAmAliveTime
                AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '')
            """,

        // ---- Reminders.AdoNet: GrainHash is GrainId.GetUniformHashCode() cast to a signed integer ----

        // The new ETag is the row's Version: 0 for a new reminder, one more on every update.
        ["UpsertReminderRowKey"] = """
            INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
            VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
            ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
            SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
                Version = r.Version + 1
            RETURNING r.Version AS Version
            """,
        ["ReadReminderRowsKey"] = """
            SELECT GrainId, ReminderName, StartTime, Period, Version
            FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND GrainId = @GrainId
            """,
        ["ReadReminderRowKey"] = """
            SELECT GrainId, ReminderName, StartTime, Period, Version
            FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
            """,
        // The ring range (begin, end]. The provider compares the bounds as signed integers, as the hashes are stored:
        // signed order is the unsigned ring cut at another point, so "(int)begin < (int)end" is exactly the range that
        // does not wrap in this column's order (Rows1), and every other range, begin = end (the whole ring) included,
        // wraps (Rows2).
        ["ReadRangeRows1Key"] = """
            SELECT GrainId, ReminderName, StartTime, Period, Version
            FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash
            """,
        ["ReadRangeRows2Key"] = """
            SELECT GrainId, ReminderName, StartTime, Period, Version
            FROM OrleansRemindersTable
            WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash)
            """,
        // True (1) only when the row still had the caller's ETag.
        ["DeleteReminderRowKey"] = """
            WITH deleted AS (
                DELETE FROM OrleansRemindersTable
                WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version
                RETURNING 1)
            SELECT count(*)::integer FROM deleted
            """,
        ["DeleteReminderRowsKey"] = """
            DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId
            """,

        // ---- Persistence.AdoNet: a row per grain state, found by two hashes and told apart by the clear-text key ----

        // Returns the new version; the unchanged or a NULL version tells the provider the write lost (InconsistentStateException).
        ["WriteToStorageKey"] = """
            SELECT orleans_storage_write(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary) AS NewGrainStateVersion
            """,
        ["ReadFromStorageKey"] = $"""
            SELECT PayloadBinary, Version
            FROM OrleansStorage
            WHERE {StorageKeyMatches}
            """,
        // ClearStateAsync keeps the row (payload NULL, version + 1) so the next write still has a version to check.
        ["ClearStorageKey"] = $"""
            UPDATE OrleansStorage
            SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
            WHERE {StorageKeyMatches} AND Version = @GrainStateVersion
            RETURNING Version AS NewGrainStateVersion
            """,
        // With DeleteStateOnClear the row goes; the provider wants a version other than the caller's to know it did.
        ["DeleteStorageKey"] = $"""
            DELETE FROM OrleansStorage
            WHERE {StorageKeyMatches} AND Version = @GrainStateVersion
            RETURNING Version + 1 AS NewGrainStateVersion
            """,
    };

    /// <summary>The DDL and the <c>OrleansQuery</c> rows, one SQL statement per entry, in the order they must run.</summary>
    /// <remarks>Declared after <see cref="Queries"/>: static initializers run in textual order.</remarks>
    public static IReadOnlyList<string> Statements { get; } =
        [.. Tables, .. Functions, .. Queries.Select(q => OrleansQueryRow.Upsert(q.Key, q.Value))];

    // The hashes find the row through the index; the clear-text columns rule out a hash collision.
    private const string StorageKeyMatches = """
        GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
                AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainTypeString = @GrainTypeString
                AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString AND ServiceId = @ServiceId
        """;

    private static string[] Tables =>
    [
        """
        CREATE TABLE IF NOT EXISTS OrleansQuery (
            QueryKey varchar(64) NOT NULL,
            QueryText text NOT NULL,
            CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey))
        """,
        // One row per cluster: its Version is the optimistic lock every membership change takes.
        """
        CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable (
            DeploymentId text NOT NULL,
            Timestamp timestamptz NOT NULL DEFAULT now(),
            Version integer NOT NULL DEFAULT 0,
            CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId))
        """,
        // One row per silo incarnation (address, port, generation). SuspectTimes is Orleans's own "silo,date|..." text.
        """
        CREATE TABLE IF NOT EXISTS OrleansMembershipTable (
            DeploymentId text NOT NULL,
            Address varchar(45) NOT NULL,
            Port integer NOT NULL,
            Generation integer NOT NULL,
            SiloName text NOT NULL,
            HostName text NOT NULL,
            Status integer NOT NULL,
            ProxyPort integer NULL,
            SuspectTimes text NULL,
            StartTime timestamptz NOT NULL,
            IAmAliveTime timestamptz NOT NULL,
            CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
            CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
                FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId))
        """,
        // timestamptz keeps microseconds; Period is milliseconds (bigint: a period may exceed 24.8 days).
        """
        CREATE TABLE IF NOT EXISTS OrleansRemindersTable (
            ServiceId text NOT NULL,
            GrainId text NOT NULL,
            ReminderName text NOT NULL,
            StartTime timestamptz NOT NULL,
            Period bigint NOT NULL,
            GrainHash integer NOT NULL,
            Version integer NOT NULL,
            CONSTRAINT PK_RemindersTable_ServiceId_GrainId_ReminderName PRIMARY KEY (ServiceId, GrainId, ReminderName))
        """,
        // Every silo reads its share of the hash ring on start and on every ring change.
        "CREATE INDEX IF NOT EXISTS IX_RemindersTable_ServiceId_GrainHash ON OrleansRemindersTable (ServiceId, GrainHash)",
        // No key constraint: the natural key has two long strings, so the index is the two hashes only (narrow, as
        // upstream designed it) and orleans_storage_write serializes first writes instead.
        """
        CREATE TABLE IF NOT EXISTS OrleansStorage (
            GrainIdHash integer NOT NULL,
            GrainIdN0 bigint NOT NULL,
            GrainIdN1 bigint NOT NULL,
            GrainTypeHash integer NOT NULL,
            GrainTypeString text NOT NULL,
            GrainIdExtensionString text NULL,
            ServiceId text NOT NULL,
            PayloadBinary bytea NULL,
            ModifiedOn timestamptz NOT NULL DEFAULT now(),
            Version integer NULL)
        """,
        "CREATE INDEX IF NOT EXISTS IX_OrleansStorage ON OrleansStorage (GrainIdHash, GrainTypeHash)",
    ];

    // Parameters are p_-prefixed so that no name inside a body can also mean a column.
    private static string[] Functions =>
    [
        // Joining silo: bump the table version if it is still the caller's, then add the row. The exception block makes
        // the pair atomic without relying on ASSERT (which plpgsql.check_asserts = off silences): a row already there
        // undoes the bump. The version row is locked first, as orleans_membership_update does, so the two never deadlock.
        """
        CREATE OR REPLACE FUNCTION orleans_membership_insert(
            p_deployment_id text, p_address text, p_port integer, p_generation integer, p_silo_name text,
            p_host_name text, p_status integer, p_proxy_port integer, p_start_time timestamptz,
            p_i_am_alive_time timestamptz, p_version integer)
        RETURNS integer
        LANGUAGE plpgsql
        AS $body$
        DECLARE
            changed integer;
        BEGIN
            BEGIN
                UPDATE OrleansMembershipVersionTable
                SET Version = Version + 1, Timestamp = now()
                WHERE DeploymentId = p_deployment_id AND Version = p_version;
                GET DIAGNOSTICS changed = ROW_COUNT;
                IF changed = 0 THEN
                    RETURN 0;
                END IF;
                INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status,
                    ProxyPort, StartTime, IAmAliveTime)
                VALUES (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status,
                    p_proxy_port, p_start_time, p_i_am_alive_time);
                RETURN 1;
            EXCEPTION WHEN unique_violation THEN
                RETURN 0;
            END;
        END
        $body$
        """,
        // Status or suspicion change: the same version check; a silo with no row undoes the bump.
        """
        CREATE OR REPLACE FUNCTION orleans_membership_update(
            p_deployment_id text, p_address text, p_port integer, p_generation integer, p_status integer,
            p_suspect_times text, p_i_am_alive_time timestamptz, p_version integer)
        RETURNS integer
        LANGUAGE plpgsql
        AS $body$
        DECLARE
            changed integer;
        BEGIN
            BEGIN
                UPDATE OrleansMembershipVersionTable
                SET Version = Version + 1, Timestamp = now()
                WHERE DeploymentId = p_deployment_id AND Version = p_version;
                GET DIAGNOSTICS changed = ROW_COUNT;
                IF changed = 0 THEN
                    RETURN 0;
                END IF;
                UPDATE OrleansMembershipTable
                SET Status = p_status, SuspectTimes = p_suspect_times, IAmAliveTime = p_i_am_alive_time
                WHERE DeploymentId = p_deployment_id AND Address = p_address AND Port = p_port AND Generation = p_generation;
                GET DIAGNOSTICS changed = ROW_COUNT;
                IF changed = 0 THEN
                    RAISE EXCEPTION USING ERRCODE = 'no_data_found';
                END IF;
                RETURN 1;
            EXCEPTION WHEN no_data_found THEN
                RETURN 0;
            END;
        END
        $body$
        """,
        // A write with the version the grain read updates only that version. A first write (no version) inserts only
        // when no row exists; the transaction-scoped advisory lock on the two hashes makes that check-then-insert
        // exclusive (two activations of one grain would otherwise both insert), and the INSERT, a new statement, sees
        // what the lock's previous holder committed.
        """
        CREATE OR REPLACE FUNCTION orleans_storage_write(
            p_grain_id_hash integer, p_grain_id_n0 bigint, p_grain_id_n1 bigint, p_grain_type_hash integer,
            p_grain_type text, p_grain_id_extension text, p_service_id text, p_version integer, p_payload bytea)
        RETURNS integer
        LANGUAGE plpgsql
        AS $body$
        DECLARE
            written integer;
        BEGIN
            IF p_version IS NOT NULL THEN
                UPDATE OrleansStorage
                SET PayloadBinary = p_payload, ModifiedOn = now(), Version = Version + 1
                WHERE GrainIdHash = p_grain_id_hash AND GrainTypeHash = p_grain_type_hash
                    AND GrainIdN0 = p_grain_id_n0 AND GrainIdN1 = p_grain_id_n1 AND GrainTypeString = p_grain_type
                    AND GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_extension AND ServiceId = p_service_id
                    AND Version = p_version;
                GET DIAGNOSTICS written = ROW_COUNT;
                RETURN CASE WHEN written > 0 THEN p_version + 1 ELSE p_version END;
            END IF;
            PERFORM pg_advisory_xact_lock(p_grain_id_hash, p_grain_type_hash);
            INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
                GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
            SELECT p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type,
                p_grain_id_extension, p_service_id, p_payload, now(), 1
            WHERE NOT EXISTS (
                SELECT 1 FROM OrleansStorage
                WHERE GrainIdHash = p_grain_id_hash AND GrainTypeHash = p_grain_type_hash
                    AND GrainIdN0 = p_grain_id_n0 AND GrainIdN1 = p_grain_id_n1 AND GrainTypeString = p_grain_type
                    AND GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_extension AND ServiceId = p_service_id);
            GET DIAGNOSTICS written = ROW_COUNT;
            RETURN CASE WHEN written > 0 THEN 1 END;
        END
        $body$
        """,
    ];
}
