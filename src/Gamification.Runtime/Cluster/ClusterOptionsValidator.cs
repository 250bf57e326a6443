using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>Rejects cluster settings that cannot keep leases safe, naming the configuration key.</summary>
internal sealed class ClusterOptionsValidator : IValidateOptions<ClusterOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ClusterOptions options)
    {
        string?[] failures =
        [
            options.SiloEndpoint is { IsAbsoluteUri: true } ? null : $"{Key(nameof(options.SiloEndpoint))} is required: the absolute http:// address other silos reach this one at.",
            Positive(nameof(options.HeartbeatPeriod), options.HeartbeatPeriod),
            Positive(nameof(options.LeaseRenewalMargin), options.LeaseRenewalMargin),
            options.DeadAfter < 2 * options.HeartbeatPeriod
                ? $"{Key(nameof(options.DeadAfter))} must be at least twice {Key(nameof(options.HeartbeatPeriod))} ({2 * options.HeartbeatPeriod}), is {options.DeadAfter}." : null,
            options.LeaseDuration < options.HeartbeatPeriod + options.LeaseRenewalMargin
                ? $"{Key(nameof(options.LeaseDuration))} must be at least {Key(nameof(options.HeartbeatPeriod))} + {Key(nameof(options.LeaseRenewalMargin))} ({options.HeartbeatPeriod + options.LeaseRenewalMargin}), is {options.LeaseDuration}." : null,
        ];
        var errors = failures.OfType<string>().ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static string? Positive(string property, TimeSpan value) =>
        value > TimeSpan.Zero ? null : $"{Key(property)} must be greater than zero, is {value}.";

    private static string Key(string property) => $"{ClusterOptions.SectionName}:{property}";
}
