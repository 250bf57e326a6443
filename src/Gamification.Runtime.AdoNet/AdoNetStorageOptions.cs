namespace Gamification.Runtime.AdoNet;

/// <summary>Where grain state, journals and reminders are stored (configuration section <c>AdoNetStorage</c>).</summary>
public sealed class AdoNetStorageOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "AdoNetStorage";

    /// <summary>Which database <see cref="ConnectionString"/> points at.</summary>
    public SqlDialect Dialect { get; set; } = SqlDialect.Sqlite;

    /// <summary>An Npgsql or Microsoft.Data.Sqlite connection string.</summary>
    public string ConnectionString { get; set; } = "";
}
