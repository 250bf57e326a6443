using Microsoft.Extensions.Options;

namespace Gamification.Runtime.AdoNet;

/// <summary>Rejects storage settings that cannot work, naming the configuration key.</summary>
internal sealed class AdoNetStorageOptionsValidator : IValidateOptions<AdoNetStorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AdoNetStorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            return ValidateOptionsResult.Fail($"{AdoNetStorageOptions.SectionName}:{nameof(options.ConnectionString)} is required.");
        return Enum.IsDefined(options.Dialect)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{AdoNetStorageOptions.SectionName}:{nameof(options.Dialect)} must be PostgreSql or Sqlite, is {options.Dialect}.");
    }
}
