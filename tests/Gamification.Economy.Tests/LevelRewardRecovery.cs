using Gamification.Client.Wallets;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Wallets;
using Gamification.Domain.Progress;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Gamification.Economy.Tests;

/// <summary>
/// A crash between an award's XP commit and its token reward: the reward follow-up never ran. The
/// wallet repairs it from the user's stored level on its next activation, each level exactly once.
/// </summary>
public abstract class LevelRewardRecovery(TestStorage storage) : IAsyncLifetime
{
    private const string App = "degentalk";
    private const long ThroughLevel6 = 10 + 25 + 50 + 100 + 150;

    private TestSilo silo = null!;

    private IWalletClient Wallets => silo.Services.GetRequiredService<IWalletClient>();

    public async Task InitializeAsync() => silo = await TestSilo.StartAsync(storage);

    public async Task DisposeAsync() => await silo.DisposeAsync();

    [Fact]
    public async Task A_level_up_committed_without_its_reward_is_rewarded_once_across_restarts()
    {
        var user = Fresh.Id();
        await silo.Client.AwardAsync(App, new AwardCommand(user, "special_event", Fresh.Key(), Amount: 150));
        await silo.RestartAsync();

        await CommitXpAsIfTheSiloDiedBeforeTheReward(user, xp: 1750);
        await silo.RestartAsync();
        var first = await Wallets.GetWalletAsync(App, user);
        var second = await Wallets.GetWalletAsync(App, user);
        await silo.RestartAsync();
        var afterRestart = await Wallets.GetWalletAsync(App, user);
        await silo.Client.AwardAsync(App, new AwardCommand(user, "special_event", Fresh.Key(), Amount: 1000));
        var nextLevel = await Wallets.GetWalletAsync(App, user);
        var keys = (await Wallets.GetWalletHistoryAsync(App, user)).Entries.Select(e => e.Key).ToList();

        Assert.Equal((ThroughLevel6, 6), (first.Balance, first.RewardedLevel));
        Assert.Equal(Figures(first), Figures(second));
        Assert.Equal(Figures(first), Figures(afterRestart));
        Assert.Equal((ThroughLevel6 + 250, 7), (nextLevel.Balance, nextLevel.RewardedLevel));
        Assert.Equal([.. Enumerable.Range(2, 6).Reverse().Select(l => $"level-reward:{l}")], keys);
    }

    [Fact]
    public async Task The_first_wallet_call_after_the_crash_sees_the_missing_rewards_before_it_runs()
    {
        var user = Fresh.Id();
        await silo.Client.AwardAsync(App, new AwardCommand(user, "special_event", Fresh.Key(), Amount: 150));
        await silo.RestartAsync();

        await CommitXpAsIfTheSiloDiedBeforeTheReward(user, xp: 1750);
        await silo.RestartAsync();
        var purchase = await Wallets.BuyAsync(App, user, new ShopPurchase("profile_banner", Fresh.Key()));

        Assert.Equal(WalletStatus.Applied, purchase.Status);
        Assert.Equal(ThroughLevel6 - 250, purchase.Wallet.Balance);
    }

    private static (long, long, int) Figures(WalletView wallet) => (wallet.Balance, wallet.LifetimeEarned, wallet.RewardedLevel);

    /// <summary>Writes the user's state as the award's commit would have, with the silo stopped, so no follow-up runs.</summary>
    private async Task CommitXpAsIfTheSiloDiedBeforeTheReward(string user, long xp)
    {
        var grain = GrainId.Create("user-progress", $"{App}/{user}");
        var stored = await silo.ReadAsync<UserProgress>(grain);
        Assert.True(stored.RecordExists, "The user has no stored state");
        stored.State!.Value.Xp = xp;
        Assert.NotNull(await silo.WriteAsync(grain, stored));
    }
}

public sealed class LevelRewardRecoveryOnSqlite() : LevelRewardRecovery(TestStorage.Sqlite);

public sealed class LevelRewardRecoveryOnPostgres() : LevelRewardRecovery(TestStorage.Postgres);
