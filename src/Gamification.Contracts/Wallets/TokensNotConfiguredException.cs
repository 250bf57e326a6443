namespace Gamification.Contracts.Wallets;

/// <summary>The app's ruleset has no <c>tokens</c> section, so it has no wallets, shop or transfers.</summary>
public sealed class TokensNotConfiguredException(string app) : Exception($"The app '{app}' has no token economy")
{
    /// <summary>The app asked about.</summary>
    public string App { get; } = app;
}
