using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>Rejects runtime settings that cannot work, naming the configuration key.</summary>
internal sealed class GrainRuntimeOptionsValidator : IValidateOptions<GrainRuntimeOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, GrainRuntimeOptions options)
    {
        string?[] failures =
        [
            Positive(nameof(options.IdleCollectionAge), options.IdleCollectionAge),
            Positive(nameof(options.CollectionScanInterval), options.CollectionScanInterval),
            Positive(nameof(options.ReminderPollInterval), options.ReminderPollInterval),
            Positive(nameof(options.MinimumReminderPeriod), options.MinimumReminderPeriod),
            options.ReminderLookAhead < options.ReminderPollInterval
                ? $"{Key(nameof(options.ReminderLookAhead))} must be at least {Key(nameof(options.ReminderPollInterval))} ({options.ReminderPollInterval}), is {options.ReminderLookAhead}." : null,
            options.ReminderPageSize < 1 ? $"{Key(nameof(options.ReminderPageSize))} must be at least 1, is {options.ReminderPageSize}." : null,
            options.PartitionCount < 1 ? $"{Key(nameof(options.PartitionCount))} must be at least 1, is {options.PartitionCount}." : null,
            options.GroupCommitMaxBatchSize < 1 ? $"{Key(nameof(options.GroupCommitMaxBatchSize))} must be at least 1, is {options.GroupCommitMaxBatchSize}." : null,
            options.GroupCommitConcurrency is < 1 or > 16 ? $"{Key(nameof(options.GroupCommitConcurrency))} must be between 1 and 16, is {options.GroupCommitConcurrency}." : null,
            options.GroupCommitMaxWait < TimeSpan.Zero ? $"{Key(nameof(options.GroupCommitMaxWait))} must not be negative, is {options.GroupCommitMaxWait}." : null,
            options.StateSerializerOptions is null ? $"{Key(nameof(options.StateSerializerOptions))} is required." : null,
        ];
        var errors = failures.OfType<string>().ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static string? Positive(string property, TimeSpan value) =>
        value > TimeSpan.Zero ? null : $"{Key(property)} must be greater than zero, is {value}.";

    private static string Key(string property) => $"{GrainRuntimeOptions.SectionName}:{property}";
}
