namespace Gamification.Runtime.AdoNet;

/// <summary>The database the stores talk to.</summary>
public enum SqlDialect
{
    /// <summary>PostgreSQL through Npgsql: clusters and production.</summary>
    PostgreSql,

    /// <summary>A SQLite file: the embedded default, one silo.</summary>
    Sqlite,
}
