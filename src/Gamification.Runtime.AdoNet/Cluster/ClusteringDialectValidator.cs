using Microsoft.Extensions.Options;

namespace Gamification.Runtime.AdoNet;

/// <summary>Refuses clustering on SQLite: a SQLite file belongs to one silo, and leases need PostgreSQL's row locks and clock.</summary>
internal sealed class ClusteringDialectValidator : IValidateOptions<AdoNetStorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AdoNetStorageOptions options) =>
        options.Dialect == SqlDialect.PostgreSql
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{AdoNetStorageOptions.SectionName}:{nameof(options.Dialect)} must be PostgreSql for a cluster (Cluster:Enabled), is {options.Dialect}: a SQLite file serves one silo only.");
}
