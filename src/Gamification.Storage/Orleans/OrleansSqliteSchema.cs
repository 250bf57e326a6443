namespace Gamification.Storage.Orleans;

/// <summary>
/// What Orleans's stock Persistence.AdoNet provider needs in a SQLite file: its <c>OrleansStorage</c> table and its
/// four <c>OrleansQuery</c> rows. The provider's invariant is <c>System.Data.SQLite</c>, which Orleans serves with
/// Microsoft.Data.Sqlite's factory.
/// </summary>
/// <remarks>
/// <para>
/// Every statement the provider runs is one autocommit command on its own pooled connection. A SQLite write statement
/// takes the file's write lock before it reads, so a single <c>UPDATE</c> or <c>INSERT ... WHERE NOT EXISTS</c> is
/// atomic against every other writer: each query here is such statements only, with no <c>BEGIN</c>/<c>COMMIT</c> in
/// the text (a failure between those would leave a transaction open on the pooled connection). <c>RETURNING</c> needs
/// SQLite 3.35, older than the library bundled with Microsoft.Data.Sqlite.
/// </para>
/// <para>
/// Statements are idempotent and may run inside the migrator's transaction. WAL mode, which cannot be switched inside a
/// transaction, is the migrator's to set (it is a property of the file, set once).
/// </para>
/// </remarks>
public static class OrleansSqliteSchema
{
    /// <summary>The provider's queries by key: what it reads at start.</summary>
    internal static IReadOnlyDictionary<string, string> Queries { get; } = new Dictionary<string, string>
    {
        // Two statements of which exactly one can act (the version is NULL or it is not); the provider collects the rows
        // of both. No row back is a lost write: the provider raises InconsistentStateException.
        ["WriteToStorageKey"] = $"""
            UPDATE OrleansStorage
            SET PayloadBinary = @PayloadBinary, ModifiedOn = {Now}, Version = Version + 1
            WHERE @GrainStateVersion IS NOT NULL AND {KeyMatches} AND Version = @GrainStateVersion
            RETURNING Version AS NewGrainStateVersion;
            INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
                GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
            SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                @GrainIdExtensionString, @ServiceId, @PayloadBinary, {Now}, 1
            WHERE @GrainStateVersion IS NULL AND NOT EXISTS (SELECT 1 FROM OrleansStorage WHERE {KeyMatches})
            RETURNING Version AS NewGrainStateVersion
            """,
        ["ReadFromStorageKey"] = $"""
            SELECT PayloadBinary, Version
            FROM OrleansStorage
            WHERE {KeyMatches}
            """,
        // ClearStateAsync keeps the row (payload NULL, version + 1) so the next write still has a version to check.
        ["ClearStorageKey"] = $"""
            UPDATE OrleansStorage
            SET PayloadBinary = NULL, ModifiedOn = {Now}, Version = Version + 1
            WHERE {KeyMatches} AND Version = @GrainStateVersion
            RETURNING Version AS NewGrainStateVersion
            """,
        // With DeleteStateOnClear the row goes; the provider wants a version other than the caller's to know it did.
        ["DeleteStorageKey"] = $"""
            DELETE FROM OrleansStorage
            WHERE {KeyMatches} AND Version = @GrainStateVersion
            RETURNING Version + 1 AS NewGrainStateVersion
            """,
    };

    /// <summary>The DDL and the <c>OrleansQuery</c> rows, one SQL statement per entry, in the order they must run.</summary>
    /// <remarks>Declared after <see cref="Queries"/>: static initializers run in textual order.</remarks>
    public static IReadOnlyList<string> Statements { get; } =
    [
        """
        CREATE TABLE IF NOT EXISTS OrleansQuery (
            QueryKey TEXT NOT NULL PRIMARY KEY,
            QueryText TEXT NOT NULL)
        """,
        // The hashes find the row through the narrow index; the clear-text columns rule out a hash collision.
        // ModifiedOn is informational: UTC ISO-8601 text.
        """
        CREATE TABLE IF NOT EXISTS OrleansStorage (
            GrainIdHash INTEGER NOT NULL,
            GrainIdN0 INTEGER NOT NULL,
            GrainIdN1 INTEGER NOT NULL,
            GrainTypeHash INTEGER NOT NULL,
            GrainTypeString TEXT NOT NULL,
            GrainIdExtensionString TEXT NULL,
            ServiceId TEXT NOT NULL,
            PayloadBinary BLOB NULL,
            ModifiedOn TEXT NOT NULL,
            Version INTEGER NULL)
        """,
        "CREATE INDEX IF NOT EXISTS IX_OrleansStorage ON OrleansStorage (GrainIdHash, GrainTypeHash)",
        .. Queries.Select(q => OrleansQueryRow.Upsert(q.Key, q.Value)),
    ];

    private const string Now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    // IS is SQLite's NULL-safe equality: a grain without a key extension has NULL there.
    private const string KeyMatches = """
        GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
                AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainTypeString = @GrainTypeString
                AND GrainIdExtensionString IS @GrainIdExtensionString AND ServiceId = @ServiceId
        """;
}
