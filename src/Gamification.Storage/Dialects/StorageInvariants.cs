namespace Gamification.Storage;

/// <summary>The ADO.NET invariant names <see cref="JournaledStorageOptions.Invariant"/> accepts, as Orleans's ADO.NET providers spell them.</summary>
public static class StorageInvariants
{
    /// <summary>PostgreSQL through Npgsql: clusters and production.</summary>
    public const string Npgsql = "Npgsql";

    /// <summary>A SQLite file through Microsoft.Data.Sqlite: the embedded default, one silo.</summary>
    public const string MicrosoftDataSqlite = "Microsoft.Data.Sqlite";

    /// <summary>
    /// Accepted for a SQLite file configured with System.Data.SQLite's name; the store still talks to it through
    /// Microsoft.Data.Sqlite and takes only the file path from the connection string.
    /// </summary>
    public const string SystemDataSqlite = "System.Data.SQLite";

    /// <summary>Whether <paramref name="invariant"/> is one the store can use.</summary>
    public static bool IsSupported(string? invariant) => IsPostgres(invariant) || IsSqlite(invariant);

    internal static bool IsPostgres(string? invariant) => string.Equals(invariant, Npgsql, StringComparison.OrdinalIgnoreCase);

    internal static bool IsSqlite(string? invariant) =>
        string.Equals(invariant, MicrosoftDataSqlite, StringComparison.OrdinalIgnoreCase) || string.Equals(invariant, SystemDataSqlite, StringComparison.OrdinalIgnoreCase);
}
