using Microsoft.Extensions.Options;

namespace Gamification.Storage;

/// <summary>Rejects storage settings that cannot work, naming the configuration key and the provider.</summary>
internal sealed class JournaledStorageOptionsValidator : IValidateOptions<JournaledStorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, JournaledStorageOptions options)
    {
        var commit = options.GroupCommit;
        string?[] failures =
        [
            StorageInvariants.IsSupported(options.Invariant) ? null
                : $"{Key(nameof(options.Invariant))} must be {StorageInvariants.Npgsql}, {StorageInvariants.MicrosoftDataSqlite} or {StorageInvariants.SystemDataSqlite}, is '{options.Invariant}'.",
            ConnectionStringProblem(options),
            options.SerializerOptions is null ? $"{Key(nameof(options.SerializerOptions))} is required." : null,
            options.PartitionCount < 1 ? $"{Key(nameof(options.PartitionCount))} must be at least 1, is {options.PartitionCount}." : null,
            commit is null ? $"{Key(nameof(options.GroupCommit))} is required." : null,
            commit?.MaxBatchSize < 1 ? $"{Key("GroupCommit:MaxBatchSize")} must be at least 1, is {commit.MaxBatchSize}." : null,
            commit?.Concurrency is < 1 or > 16 ? $"{Key("GroupCommit:Concurrency")} must be between 1 and 16, is {commit.Concurrency}." : null,
            commit?.MaxWait < TimeSpan.Zero ? $"{Key("GroupCommit:MaxWait")} must not be negative, is {commit.MaxWait}." : null,
        ];
        var errors = failures.OfType<string>().Select(f => $"{f} (storage provider '{name}')").ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static string? ConnectionStringProblem(JournaledStorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            return $"{Key(nameof(options.ConnectionString))} is required.";
        if (!StorageInvariants.IsSqlite(options.Invariant))
            return null;
        try
        {
            return SqliteConnectionStrings.DataSource(options.ConnectionString) is null
                ? $"{Key(nameof(options.ConnectionString))} must name the SQLite file (Data Source=...)."
                : null;
        }
        catch (ArgumentException e)
        {
            return $"{Key(nameof(options.ConnectionString))} is not a connection string: {e.Message}";
        }
    }

    private static string Key(string property) => $"{JournaledStorageOptions.SectionName}:{property}";
}
