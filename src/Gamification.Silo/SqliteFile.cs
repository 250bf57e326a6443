using Microsoft.Data.Sqlite;

namespace Gamification.Silo;

/// <summary>A SQLite connection string whose relative file lives under the content root, in a folder that exists.</summary>
internal static class SqliteFile
{
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
