using Gamification.Client.Wallets;
using Gamification.Contracts.Wallets;
using Gamification.Grains.Transfers;
using Gamification.Persistence;
using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;

namespace Gamification.Economy.Tests;

/// <summary>
/// Each place a crash can stop a transfer, set up exactly as the store would hold it afterwards
/// (transfer state, wallet legs, the resume reminder), then recovered by the reminder after a restart.
/// </summary>
public abstract class TransferRecovery(TestStorage storage) : IAsyncLifetime
{
    private const string App = "degentalk";

    private TestSilo silo = null!;

    private IWalletClient Wallets => silo.Services.GetRequiredService<IWalletClient>();

    public async Task InitializeAsync() => silo = await TestSilo.StartAsync(storage);

    public async Task DisposeAsync() => await silo.DisposeAsync();

    [Fact]
    public async Task A_transfer_stopped_after_the_debit_completes_on_recovery_and_its_tokens_were_in_flight_meanwhile()
    {
        var (alice, bob, id) = (Fresh.Id(), Fresh.Id(), Fresh.Id("t"));
        await Fund(alice, 100);
        await Wallet(alice).DebitTransfer(new TransferLeg(id, 40, bob, null));
        await Stopped(id, TransferStatus.Debited, alice, bob, 40);
        var inFlight = await Balances(alice, bob) + 40;

        await silo.RestartAsync();
        var finished = await Recovered(id);
        var replay = await Wallets.TransferAsync(App, id, new TransferCommand(alice, bob, 40, null));

        Assert.Equal(100, inFlight);
        Assert.Equal(TransferStatus.Completed, finished?.Status);
        Assert.Equal((60L, 40L), ((await Wallets.GetWalletAsync(App, alice)).Balance, (await Wallets.GetWalletAsync(App, bob)).Balance));
        Assert.Equal((true, TransferStatus.Completed), (replay.Replayed, replay.Transfer.Status));
        Assert.Single((await Wallets.GetWalletHistoryAsync(App, alice)).Entries, e => e.Key == $"transfer-out:{id}");
        Assert.Single((await Wallets.GetWalletHistoryAsync(App, bob)).Entries, e => e.Key == $"transfer-in:{id}");
        Assert.False(await ReminderLeft(id));
    }

    [Fact]
    public async Task A_transfer_whose_debit_committed_before_the_crash_debits_once_on_recovery()
    {
        var (alice, bob, id) = (Fresh.Id(), Fresh.Id(), Fresh.Id("t"));
        await Fund(alice, 100);
        await Wallet(alice).DebitTransfer(new TransferLeg(id, 70, bob, null));
        await Stopped(id, TransferStatus.Requested, alice, bob, 70);

        await silo.RestartAsync();
        var finished = await Recovered(id);

        Assert.Equal(TransferStatus.Completed, finished?.Status);
        Assert.Equal((30L, 70L), ((await Wallets.GetWalletAsync(App, alice)).Balance, (await Wallets.GetWalletAsync(App, bob)).Balance));
        Assert.Single((await Wallets.GetWalletHistoryAsync(App, alice)).Entries, e => e.Key == $"transfer-out:{id}");
    }

    [Fact]
    public async Task A_transfer_stopped_before_its_debit_rolls_back_on_recovery_when_the_sender_is_short()
    {
        var (alice, bob, id) = (Fresh.Id(), Fresh.Id(), Fresh.Id("t"));
        await Fund(alice, 10);
        await Stopped(id, TransferStatus.Requested, alice, bob, 50);

        await silo.RestartAsync();
        var finished = await Recovered(id);

        Assert.Equal((TransferStatus.RolledBack, "insufficient_balance"), (finished?.Status, finished?.Failure));
        Assert.Equal(10L + 0L, await Balances(alice, bob));
        Assert.Equal(0, (await Wallets.GetWalletAsync(App, bob)).Balance);
        Assert.False(await ReminderLeft(id));
    }

    [Fact]
    public async Task A_transfer_whose_resume_reminder_is_gone_still_finishes_once_it_is_active()
    {
        var (alice, bob, id) = (Fresh.Id(), Fresh.Id(), Fresh.Id("t"));
        await Fund(alice, 100);
        await Stopped(id, TransferStatus.Requested, alice, bob, 25, withReminder: false);

        await silo.RestartAsync();
        var finished = await Recovered(id);

        Assert.Equal(TransferStatus.Completed, finished?.Status);
        Assert.Equal((75L, 25L), ((await Wallets.GetWalletAsync(App, alice)).Balance, (await Wallets.GetWalletAsync(App, bob)).Balance));
    }

    [Fact]
    public async Task A_resume_tick_reaching_an_activation_behind_the_store_drives_the_stored_transfer_instead_of_dropping_its_reminder()
    {
        var (alice, bob, id) = (Fresh.Id(), Fresh.Id(), Fresh.Id("t"));
        await Fund(alice, 100);
        Assert.Null(await Wallets.GetTransferAsync(App, id)); // an activation that read the id before any transfer was stored
        await Stopped(id, TransferStatus.Requested, alice, bob, 30); // ...then another activation stored one

        // The reminder written behind the service's back is loaded at its next table refresh (every 5 min).
        for (var i = 0; i < 6 * 60; i += 5)
            silo.Clock.Advance(TimeSpan.FromSeconds(5));
        var finished = await Recovered(id);

        Assert.Equal(TransferStatus.Completed, finished?.Status);
        Assert.Equal((70L, 30L), ((await Wallets.GetWalletAsync(App, alice)).Balance, (await Wallets.GetWalletAsync(App, bob)).Balance));
        Assert.False(await ReminderLeft(id));
    }

    [Fact]
    public async Task A_transfer_whose_resume_reminder_could_not_be_registered_is_not_recorded_and_a_retry_moves_its_tokens_once()
    {
        var (alice, bob, id) = (Fresh.Id(), Fresh.Id(), Fresh.Id("t"));
        await Fund(alice, 100);
        var command = new TransferCommand(alice, bob, 35, null);

        Exception? refused;
        TransferView? duringOutage;
        await using (await ReminderOutage.BeginAsync(silo))
        {
            refused = await Record.ExceptionAsync(() => Wallets.TransferAsync(App, id, command));
            duringOutage = await Wallets.GetTransferAsync(App, id);
        }
        var retried = await Wallets.TransferAsync(App, id, command);

        Assert.NotNull(refused);
        Assert.Null(duringOutage); // nothing stored and nothing driving it, so nothing to answer for
        Assert.Equal((false, TransferStatus.Completed), (retried.Replayed, retried.Transfer.Status));
        Assert.Equal((65L, 35L), ((await Wallets.GetWalletAsync(App, alice)).Balance, (await Wallets.GetWalletAsync(App, bob)).Balance));
        Assert.False(await ReminderLeft(id));
    }

    private IWalletGrain Wallet(string user) => silo.Grains.GetGrain<IWalletGrain>($"{App}/{user}");

    private Task Fund(string user, long amount) =>
        Wallets.CreditPurchaseAsync(App, user, new PurchaseCredit($"fund-{Fresh.Key()}", amount, "test"));

    private async Task<long> Balances(params string[] users)
    {
        var wallets = await Task.WhenAll(users.Select(u => Wallets.GetWalletAsync(App, u)));
        return wallets.Sum(w => w.Balance);
    }

    /// <summary>Stores the transfer at <paramref name="status"/> with its resume reminder (unless <paramref name="withReminder"/> is false), as a silo that died right after that step leaves it.</summary>
    private async Task Stopped(string id, TransferStatus status, string from, string to, long amount, bool withReminder = true)
    {
        var grain = GrainId.Create("transfer", TransferKeys.Of(App, id));
        var state = new TransferState { Status = status, FromUserId = from, ToUserId = to, Amount = amount, RequestedAt = silo.Clock.GetUtcNow() };
        if (withReminder)
            await silo.Services.GetRequiredService<IReminderTable>().UpsertRow(new ReminderEntry
        {
            GrainId = grain,
            ReminderName = "resume",
            StartAt = silo.Clock.GetUtcNow().AddSeconds(10).UtcDateTime,
            Period = TimeSpan.FromMinutes(1),
        });
        Assert.NotNull(await silo.WriteAsync(grain, new GrainState<Journaled<TransferState>>(new Journaled<TransferState> { Value = state })));
    }

    /// <summary>Lets the fake clock run until the resume reminder has finished the transfer.</summary>
    private async Task<TransferView?> Recovered(string id)
    {
        TransferView? transfer = null;
        await Eventually.HoldsAsync(
            async () => (transfer = await Wallets.GetTransferAsync(App, id))?.IsFinal == true,
            between: () => silo.Clock.Advance(TimeSpan.FromSeconds(1)), attempts: 400);
        return transfer;
    }

    private async Task<bool> ReminderLeft(string id)
    {
        var grain = GrainId.Create("transfer", TransferKeys.Of(App, id));
        return await silo.Services.GetRequiredService<IReminderTable>().ReadRow(grain, "resume") is not null;
    }
}

public sealed class TransferRecoveryOnSqlite() : TransferRecovery(TestStorage.Sqlite);

public sealed class TransferRecoveryOnPostgres() : TransferRecovery(TestStorage.Postgres);
