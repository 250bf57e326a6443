using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Gamification.Storage;

/// <summary>
/// Brings the database to the newest schema version, in one transaction under a lock (PostgreSQL: an advisory
/// lock; SQLite: BEGIN IMMEDIATE), so silos starting together apply each version once and none sees half of one.
/// </summary>
internal sealed class SchemaMigrator(DatabaseDialect dialect, TimeProvider clock, ILogger logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await dialect.ConfigureAsync(connection, cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        await dialect.LockSchemaAsync(connection, transaction, cancellationToken);
        await new SqlStatement(dialect.VersionTable).ExecuteAsync(connection, transaction, cancellationToken);
        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        foreach (var migration in dialect.Migrations.Where(m => m.Version > current))
        {
            foreach (var statement in migration.Statements)
                await new SqlStatement(statement).ExecuteAsync(connection, transaction, cancellationToken);
            await new SqlStatement(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @applied_at)",
                ("@version", migration.Version), ("@description", migration.Description), ("@applied_at", dialect.Time(clock.GetUtcNow())))
                .ExecuteAsync(connection, transaction, cancellationToken);
            logger.Migrated(dialect.Name, migration.Version, migration.Description);
        }
        await transaction.CommitAsync(cancellationToken);
        var newest = Math.Max(current, dialect.Migrations[^1].Version);
        logger.SchemaReady(dialect.Name, newest);
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Convert.ToInt32(await new SqlStatement("SELECT COALESCE(MAX(version), 0) FROM schema_version").ScalarAsync(connection, transaction, cancellationToken), CultureInfo.InvariantCulture);
}
