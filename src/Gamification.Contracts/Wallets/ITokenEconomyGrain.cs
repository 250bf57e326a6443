
namespace Gamification.Contracts.Wallets;

/// <summary>An app's token economy as a whole: its catalog, and its flows read from stored wallets without activating them. Key: the app.</summary>
[Alias("gamification.token-economy")]
public interface ITokenEconomyGrain : IGrainWithStringKey
{
    /// <summary>The token's name, the level-up rewards and the shop.</summary>
    [Alias("GetCatalog")]
    Task<TokenCatalog> GetCatalog();

    /// <summary>Tokens issued, spent and transferred on each UTC day from <paramref name="firstDay"/> to <paramref name="lastDay"/>, both included.</summary>
    [Alias("GetDailyFlows")]
    Task<IReadOnlyList<TokenDayFlow>> GetDailyFlows(DateOnly firstDay, DateOnly lastDay);
}
