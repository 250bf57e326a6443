using Gamification.Runtime.AdoNet;
using Microsoft.Data.Sqlite;

namespace Gamification.Silo;

/// <summary>Grain storage for the configured provider; a relative SQLite file lives under the content root.</summary>
internal static class GrainStorageRegistration
{
    public static IServiceCollection AddGrainStorage(this IServiceCollection services, SiloSettings settings, string contentRoot) =>
        settings.Storage switch
        {
            StorageProvider.Postgres => services.AddAdoNetGrainStorage(o =>
            {
                o.Dialect = SqlDialect.PostgreSql;
                o.ConnectionString = settings.ConnectionString;
            }),
            _ => services.AddAdoNetGrainStorage(o =>
            {
                o.Dialect = SqlDialect.Sqlite;
                o.ConnectionString = SqliteFile(settings.ConnectionString, contentRoot);
            }),
        };

    private static string SqliteFile(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
