namespace Gamification.Contracts.Wallets;

/// <summary>
/// The app's ruleset has no <c>tokens</c> section, so it has no wallets, shop or transfers. Thrown to callers
/// through grain calls: Orleans serializes the message, stack trace and inner exception (its exception codec,
/// as the base) and <see cref="App"/>.
/// </summary>
[GenerateSerializer, Alias("gamification.tokens-not-configured-exception")]
public sealed class TokensNotConfiguredException(string app) : Exception($"The app '{app}' has no token economy")
{
    /// <summary>The app asked about.</summary>
    [Id(0)]
    public string App { get; } = app;
}
