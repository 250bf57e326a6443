using Gamification.Persistence;
using Gamification.Grains.Hosting;
using System.Text.Json;
using Gamification.Contracts.Wallets;
using Gamification.Grains.Apps;

namespace Gamification.Grains.Wallets;

/// <summary>
/// An app's token economy: its catalog from the ruleset, and daily flows summed over the stored
/// wallets (written through, so every acknowledged change is there) without activating them.
/// </summary>
[GrainType("token-economy")]
public sealed class TokenEconomyGrain(AppRulesets rulesets, IGrainStateQuery states) : KeyedGrain, ITokenEconomyGrain
{
    private const int PageSize = 500;

    public Task<TokenCatalog> GetCatalog()
    {
        var tokens = rulesets.For(GrainKey).Tokens ?? throw new TokensNotConfiguredException(GrainKey);
        return Task.FromResult(new TokenCatalog(
            tokens.Name,
            [.. tokens.LevelRewards.OrderBy(r => r.Key).Select(r => new LevelRewardView(r.Key, r.Value))],
            [.. tokens.Shop.Values.OrderBy(i => i.Price).ThenBy(i => i.Id, StringComparer.Ordinal)
                .Select(i => new ShopItemView(i.Id, i.Name, i.Price, i.Stackable, i.Description))]));
    }

    public async Task<IReadOnlyList<TokenDayFlow>> GetDailyFlows(DateOnly firstDay, DateOnly lastDay)
    {
        _ = rulesets.For(GrainKey).Tokens ?? throw new TokensNotConfiguredException(GrainKey);
        var days = new SortedDictionary<DateOnly, WalletDay>();
        for (var d = firstDay; d <= lastDay; d = d.AddDays(1))
            days[d] = new WalletDay();
        string? after = null;
        while (true)
        {
            var page = await states.ListAsync(GrainType.Create(WalletGrain.TypeName), $"{GrainKey}/", after, PageSize, CancellationToken.None);
            foreach (var (grain, stored) in page)
                Add(days, JsonSerializer.Deserialize(stored.PayloadJson, GrainsJsonContext.Default.WalletState));
            if (page.Count < PageSize)
                break;
            after = page[^1].Grain.Key.ToString();
        }
        return [.. days.Select(d => new TokenDayFlow(d.Key, d.Value.Issued, d.Value.Spent, d.Value.TransferredOut))];
    }

    private static void Add(SortedDictionary<DateOnly, WalletDay> days, WalletState? wallet)
    {
        foreach (var (day, flows) in wallet?.Days ?? [])
        {
            if (!days.TryGetValue(day, out var total))
                continue;
            total.Issued += flows.Issued;
            total.Spent += flows.Spent;
            total.TransferredOut += flows.TransferredOut;
        }
    }
}
