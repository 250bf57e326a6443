using Gamification.Client.Wallets;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Wallets;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Economy.Tests;

/// <summary>Seed 003's DGT wallet against the degentalk preset: rewards, shop, purchase credits, adjustments, transfers.</summary>
public abstract class WalletFlows(TestSilo silo)
{
    private const string App = "degentalk";

    private readonly IWalletClient wallets = silo.Services.GetRequiredService<IWalletClient>();

    [Fact]
    public async Task Levelling_up_grants_the_reward_of_every_level_crossed_once()
    {
        var user = Fresh.Id();

        await silo.Client.AwardAsync(App, new AwardCommand(user, "special_event", Fresh.Key(), Amount: 650));
        await silo.Client.AwardAsync(App, new AwardCommand(user, "special_event", Fresh.Key(), Amount: 10));
        await silo.Client.AwardAsync(App, new AwardCommand(user, "special_event", Fresh.Key(), Amount: 400));
        var wallet = await wallets.GetWalletAsync(App, user);
        var history = await wallets.GetWalletHistoryAsync(App, user);

        Assert.Equal(10 + 25 + 50 + 100, wallet.Balance);
        Assert.Equal((5, 185L, 0L), (wallet.RewardedLevel, wallet.LifetimeEarned, wallet.LifetimeSpent));
        Assert.Equal(["level-reward:5", "level-reward:4", "level-reward:3", "level-reward:2"], history.Entries.Select(e => e.Key));
        Assert.All(history.Entries, e => Assert.Equal("level_reward", e.Kind));
    }

    [Fact]
    public async Task Concurrent_awards_across_many_levels_reward_each_level_exactly_once()
    {
        var user = Fresh.Id();

        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ =>
            silo.Client.AwardAsync(App, new AwardCommand(user, "special_event", Fresh.Key(), Amount: 100))));
        var wallet = await wallets.GetWalletAsync(App, user);
        var history = await wallets.GetWalletHistoryAsync(App, user);

        Assert.Equal(10 + 25 + 50 + 100 + 150 + 250 + 500 + 750 + 1000, wallet.Balance);
        Assert.Equal(9, history.Entries.Count);
        Assert.Equal(9, history.Entries.Select(e => e.Key).Distinct().Count());
    }

    [Fact]
    public async Task A_once_only_unlock_is_bought_once_and_a_second_purchase_is_refused_without_a_change()
    {
        var user = Fresh.Id();
        await Credit(user, 1000);

        var first = await wallets.BuyAsync(App, user, new ShopPurchase("custom_title", Fresh.Key()));
        var second = await wallets.BuyAsync(App, user, new ShopPurchase("custom_title", Fresh.Key()));
        var wallet = await wallets.GetWalletAsync(App, user);

        Assert.Equal(WalletStatus.Applied, first.Status);
        Assert.Equal((WalletStatus.Refused, "already_owned", "item_id"), (second.Status, second.Refusal?.Reason, second.Refusal?.Field));
        Assert.Equal((900L, 100L), (wallet.Balance, wallet.LifetimeSpent));
        Assert.Equal([new UnlockView("custom_title", 1)], wallet.Unlocks);
    }

    [Fact]
    public async Task Concurrent_purchases_of_a_once_only_unlock_sell_exactly_one()
    {
        var user = Fresh.Id();
        await Credit(user, 10_000);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            wallets.BuyAsync(App, user, new ShopPurchase("animated_avatar", Fresh.Key()))));

        Assert.Single(results, r => r.Status == WalletStatus.Applied);
        Assert.Equal(9_500, (await wallets.GetWalletAsync(App, user)).Balance);
    }

    [Fact]
    public async Task A_stackable_item_is_bought_again_and_again_and_a_repeated_key_buys_once()
    {
        var user = Fresh.Id();
        await Credit(user, 1000);
        var key = Fresh.Key();

        await wallets.BuyAsync(App, user, new ShopPurchase("xp_boost", Fresh.Key()));
        await wallets.BuyAsync(App, user, new ShopPurchase("xp_boost", Fresh.Key()));
        var once = await wallets.BuyAsync(App, user, new ShopPurchase("xp_boost", key));
        var again = await wallets.BuyAsync(App, user, new ShopPurchase("xp_boost", key));

        Assert.Equal((WalletStatus.Applied, WalletStatus.Duplicate), (once.Status, again.Status));
        Assert.Equal(once.Line, again.Line);
        Assert.Equal([new UnlockView("xp_boost", 3)], (await wallets.GetWalletAsync(App, user)).Unlocks);
        Assert.Equal(850, (await wallets.GetWalletAsync(App, user)).Balance);
    }

    [Fact]
    public async Task Buying_with_too_few_tokens_is_refused_and_changes_nothing()
    {
        var user = Fresh.Id();
        await Credit(user, 99);

        var refused = await wallets.BuyAsync(App, user, new ShopPurchase("custom_title", Fresh.Key()));
        var unknown = await wallets.BuyAsync(App, user, new ShopPurchase("no_such_item", Fresh.Key()));
        var wallet = await wallets.GetWalletAsync(App, user);

        Assert.Equal(("insufficient_balance", "item_id"), (refused.Refusal?.Reason, refused.Refusal?.Field));
        Assert.Equal("unknown_item", unknown.Refusal?.Reason);
        Assert.Equal((99L, 0L), (wallet.Balance, wallet.LifetimeSpent));
        Assert.Empty(wallet.Unlocks);
        Assert.Single((await wallets.GetWalletHistoryAsync(App, user)).Entries);
    }

    [Fact]
    public async Task A_payment_reference_credits_once_and_another_amount_under_it_is_refused()
    {
        var user = Fresh.Id();
        var reference = $"cs_{Fresh.Key()}";

        var credits = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            wallets.CreditPurchaseAsync(App, user, new PurchaseCredit(reference, 500, "stripe"))));
        var otherAmount = await wallets.CreditPurchaseAsync(App, user, new PurchaseCredit(reference, 5000, "stripe"));

        Assert.Single(credits, c => c.Status == WalletStatus.Applied);
        Assert.All(credits.Where(c => c.Status != WalletStatus.Applied), c => Assert.Equal(WalletStatus.Duplicate, c.Status));
        Assert.Equal(("key_reused", "payment_reference"), (otherAmount.Refusal?.Reason, otherAmount.Refusal?.Field));
        Assert.Equal(500, (await wallets.GetWalletAsync(App, user)).Balance);
    }

    [Fact]
    public async Task Admin_adjustments_keep_their_reason_in_the_ledger_and_never_go_below_zero()
    {
        var user = Fresh.Id();

        var grant = await wallets.AdjustTokensAsync(App, user, new TokenAdjustment(300, "Contest winner", "admin-1", Fresh.Key()));
        var take = await wallets.AdjustTokensAsync(App, user, new TokenAdjustment(-100, "Spam clean-up", "admin-1", Fresh.Key()));
        var tooMuch = await wallets.AdjustTokensAsync(App, user, new TokenAdjustment(-201, "Oops", "admin-1", Fresh.Key()));
        var history = await wallets.GetWalletHistoryAsync(App, user);

        Assert.Equal((WalletStatus.Applied, WalletStatus.Applied), (grant.Status, take.Status));
        Assert.Equal(("insufficient_balance", "delta"), (tooMuch.Refusal?.Reason, tooMuch.Refusal?.Field));
        Assert.Equal(200, (await wallets.GetWalletAsync(App, user)).Balance);
        Assert.Equal(["Spam clean-up", "Contest winner"], history.Entries.Select(e => e.Reason));
        Assert.Equal([-100L, 300L], history.Entries.Select(e => e.Amount));
    }

    [Fact]
    public async Task A_transfer_moves_tokens_once_and_its_id_answers_the_original_or_a_conflict()
    {
        var (alice, bob, id) = (Fresh.Id(), Fresh.Id(), Fresh.Id("t"));
        await Credit(alice, 100);

        var first = await wallets.TransferAsync(App, id, new TransferCommand(alice, bob, 40, "thanks"));
        var again = await wallets.TransferAsync(App, id, new TransferCommand(alice, bob, 40, "thanks"));
        var other = await wallets.TransferAsync(App, id, new TransferCommand(alice, bob, 41, "thanks"));

        Assert.Equal((TransferStatus.Completed, false, false), (first.Transfer.Status, first.Replayed, first.Conflict));
        Assert.Equal((TransferStatus.Completed, true, false), (again.Transfer.Status, again.Replayed, again.Conflict));
        Assert.True(other.Conflict);
        Assert.Equal(40, other.Transfer.Amount);
        Assert.Equal((60L, 40L), ((await wallets.GetWalletAsync(App, alice)).Balance, (await wallets.GetWalletAsync(App, bob)).Balance));
    }

    [Fact]
    public async Task An_overdrawing_transfer_rolls_back_and_moves_nothing()
    {
        var (alice, bob, id) = (Fresh.Id(), Fresh.Id(), Fresh.Id("t"));
        await Credit(alice, 10);

        var result = await wallets.TransferAsync(App, id, new TransferCommand(alice, bob, 11, null));
        await Credit(alice, 100);
        var retried = await wallets.TransferAsync(App, id, new TransferCommand(alice, bob, 11, null));

        Assert.Equal((TransferStatus.RolledBack, "insufficient_balance"), (result.Transfer.Status, result.Transfer.Failure));
        Assert.Equal(TransferStatus.RolledBack, retried.Transfer.Status);
        Assert.Equal((110L, 0L), ((await wallets.GetWalletAsync(App, alice)).Balance, (await wallets.GetWalletAsync(App, bob)).Balance));
    }

    [Fact]
    public async Task Daily_flows_count_issued_spent_and_transferred_tokens()
    {
        var day = DateOnly.FromDateTime(silo.Clock.GetUtcNow().UtcDateTime);
        var before = (await wallets.GetDailyFlowsAsync(App, day, day)).Single();
        var (alice, bob) = (Fresh.Id(), Fresh.Id());

        await Credit(alice, 500);
        await wallets.BuyAsync(App, alice, new ShopPurchase("thread_bump", Fresh.Key()));
        await wallets.TransferAsync(App, Fresh.Id("t"), new TransferCommand(alice, bob, 30, null));
        var after = (await wallets.GetDailyFlowsAsync(App, day, day)).Single();

        Assert.Equal((500L, 20L, 30L), (after.Issued - before.Issued, after.Spent - before.Spent, after.Transferred - before.Transferred));
    }

    [Fact]
    public async Task An_app_without_tokens_has_no_wallets()
    {
        await Assert.ThrowsAsync<TokensNotConfiguredException>(() => wallets.GetWalletAsync("storybook", Fresh.Id()));
    }

    private Task<WalletResult> Credit(string user, long amount) =>
        wallets.CreditPurchaseAsync(App, user, new PurchaseCredit($"seed-{Fresh.Key()}", amount, "test"));
}

public sealed class WalletFlowsOnSqlite(SqliteEconomySilo fixture) : WalletFlows(fixture.Silo), IClassFixture<SqliteEconomySilo>;

public sealed class WalletFlowsOnPostgres(PostgresEconomySilo fixture) : WalletFlows(fixture.Silo), IClassFixture<PostgresEconomySilo>;
