using Microsoft.Extensions.Options;

namespace Gamification.Grains.Midnight;

/// <summary>Refuses catch-up settings that would never ask, or ask after the next midnight; names the key.</summary>
internal sealed class MidnightCatchUpOptionsValidator : IValidateOptions<MidnightCatchUpOptions>
{
    public ValidateOptionsResult Validate(string? name, MidnightCatchUpOptions options)
    {
        var section = MidnightCatchUpOptions.SectionName;
        if (options.After < TimeSpan.Zero || options.After >= TimeSpan.FromHours(12))
            return ValidateOptionsResult.Fail($"{section}:After must be between 00:00:00 and 12:00:00; it is {options.After}.");
        if (options.AskEvery <= TimeSpan.Zero || options.AskEvery > TimeSpan.FromHours(1))
            return ValidateOptionsResult.Fail($"{section}:AskEvery must be more than 00:00:00 and at most 01:00:00; it is {options.AskEvery}.");
        if (options.JoinWithin < TimeSpan.Zero || options.JoinWithin > TimeSpan.FromHours(12))
            return ValidateOptionsResult.Fail($"{section}:JoinWithin must be between 00:00:00 and 12:00:00; it is {options.JoinWithin}.");
        return ValidateOptionsResult.Success;
    }
}
