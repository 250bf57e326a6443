using Microsoft.Extensions.Options;

namespace Gamification.Grains.Midnight;

/// <summary>Refuses a spread that is negative or reaches far into the day; names the key.</summary>
internal sealed class MidnightResetOptionsValidator : IValidateOptions<MidnightResetOptions>
{
    public ValidateOptionsResult Validate(string? name, MidnightResetOptions options) =>
        options.Spread < TimeSpan.Zero || options.Spread > TimeSpan.FromHours(6)
            ? ValidateOptionsResult.Fail($"{MidnightResetOptions.SectionName}:Spread must be between 00:00:00 and 06:00:00; it is {options.Spread}.")
            : ValidateOptionsResult.Success;
}
