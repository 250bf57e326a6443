using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Gamification.Storage;

/// <summary>
/// Turns a SQLite connection string, in Microsoft.Data.Sqlite's or System.Data.SQLite's spelling, into one
/// Microsoft.Data.Sqlite accepts: the file path is what matters, and System.Data.SQLite's other keys
/// (<c>Version=3</c> and the like) would be refused.
/// </summary>
internal static class SqliteConnectionStrings
{
    private static readonly string[] DataSourceKeys = ["Data Source", "DataSource", "Filename"];

    /// <summary>The SQLite file <paramref name="connectionString"/> names, or null when it names none.</summary>
    public static string? DataSource(string connectionString)
    {
        var parsed = new DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (var key in DataSourceKeys)
        {
            if (parsed.TryGetValue(key, out var value) && value?.ToString() is { Length: > 0 } path)
                return path;
        }
        return null;
    }

    /// <summary>Microsoft.Data.Sqlite's connection string for <paramref name="connectionString"/>; keeps its keys when it already speaks them.</summary>
    public static string Normalize(string connectionString)
    {
        try
        {
            return new SqliteConnectionStringBuilder(connectionString).ToString();
        }
        catch (ArgumentException)
        {
            return new SqliteConnectionStringBuilder { DataSource = DataSource(connectionString) }.ToString();
        }
    }
}
