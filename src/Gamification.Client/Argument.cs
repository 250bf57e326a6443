using Gamification.Contracts;

namespace Gamification.Client;

/// <summary>Checks of what callers pass, failing with the parameter's name before anything is sent.</summary>
internal static class Argument
{
    public static string Id(string? value, string name) =>
        Ids.IsValid(value) ? value! : throw new ArgumentException($"{name} {Ids.Rule}", name);

    public static string? OptionalId(string? value, string name) => value is null ? null : Id(value, name);

    /// <summary>The caller's key, or a fresh one so that retries of this call stay idempotent.</summary>
    public static string Key(string? value, string name) =>
        string.IsNullOrEmpty(value) ? Guid.NewGuid().ToString("N") : Id(value, name);

    public static int Limit(int value, int max, string name) =>
        value is >= 1 && value <= max ? value : throw new ArgumentException($"{name} must be between 1 and {max}", name);
}
