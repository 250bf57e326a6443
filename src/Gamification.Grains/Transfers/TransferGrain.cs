using Gamification.Persistence;
using Gamification.Grains.Hosting;
using Gamification.Contracts;
using Gamification.Contracts.Wallets;
using Gamification.Grains.Apps;
using Microsoft.Extensions.Logging;

namespace Gamification.Grains.Transfers;

/// <summary>
/// One transfer, a durable state machine: Requested, Debited (the sender paid), then Completed, or
/// RolledBack when the sender's wallet refused the debit. Each step is written before the next one
/// starts, and each wallet leg is idempotent by the transfer id, so the resume reminder can drive an
/// interrupted transfer to its end any number of times without moving tokens twice. While an unfinished
/// transfer is active, a grain timer drives it too: Orleans may leave a reminder registered during a failover
/// to its range owner's next table refresh (5 min), and the timer does not wait for that.
/// </summary>
[GrainType(TypeName)]
public sealed partial class TransferGrain(AppRulesets rulesets, [PersistentState("state", StorageProviders.Journaled)] IPersistentState<Journaled<TransferState>> state) : PersistentGrain<TransferState>(state), ITransferGrain, IRemindable
{
    internal const string TypeName = "transfer";

    internal const string ResumeReminder = "resume";

    /// <summary>How long an interrupted transfer waits before the reminder first drives it on.</summary>
    internal static readonly TimeSpan ResumeAfter = TimeSpan.FromSeconds(10);

    /// <summary>How often the reminder tries again while the transfer is unfinished (reminders tick at most once a minute).</summary>
    internal static readonly TimeSpan RetryEvery = TimeSpan.FromMinutes(1);

    private (string App, string Id)? key;

    private IGrainTimer? driving;

    private (string App, string Id) Key => key ??= GrainKeys.Split(GrainKey);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Status is not null && !State.IsFinal)
            KeepDriving();
        return base.OnActivateAsync(cancellationToken);
    }

    public async Task<TransferResult> Transfer(TransferCommand command)
    {
        if (State.Status is not null)
        {
            if (!State.Matches(command))
                return new TransferResult(View(), Replayed: false, Conflict: true);
            await Drive();
            return new TransferResult(View(), Replayed: true, Conflict: false);
        }
        if (rulesets.For(Key.App).Tokens is null)
            throw new TokensNotConfiguredException(Key.App);
        // The reminder is durable before the transfer is: a crash in between leaves a reminder that finds nothing to do.
        // Memory takes the transfer only once the reminder is registered, so a failed registration leaves no transfer
        // that this activation would answer for but nothing drives.
        await RegisterOrUpdateReminder(ResumeReminder, ResumeAfter, RetryEvery);
        State = new TransferState
        {
            Status = TransferStatus.Requested,
            FromUserId = command.FromUserId,
            ToUserId = command.ToUserId,
            Amount = command.Amount,
            Memo = command.Memo,
            RequestedAt = Clock.GetUtcNow(),
        };
        await WriteStateAsync();
        try
        {
            await Drive();
        }
        catch
        {
            KeepDriving();
            throw;
        }
        return new TransferResult(View(), Replayed: false, Conflict: false);
    }

    public Task<TransferView?> GetTransfer() => Task.FromResult(State.Status is null ? null : View());

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ResumeReminder)
            return;
        if (State.Status is null || State.IsFinal)
        {
            // This activation may be a duplicate left over from a failover, behind what another one stored:
            // only the stored state may say that nothing is left to do.
            await ReadStateAsync();
            if (State.Status is null && status.CurrentTickTime < status.FirstTickTime + RetryEvery)
                return; // the first write may still be on its way: give it a period before giving up the reminder
            if (State.Status is null || State.IsFinal)
            {
                await UnregisterReminder(ResumeReminder);
                return;
            }
        }
        LogResuming(Logger, Key.Id, State.Status.Value);
        KeepDriving();
        await Drive();
    }

    /// <summary>Drives the transfer on the reminder's schedule while this activation holds it unfinished (and keeps the activation alive).</summary>
    private void KeepDriving() => driving ??= this.RegisterGrainTimer(
        static (grain, _) => grain.Drive(), this, new GrainTimerCreationOptions(ResumeAfter, RetryEvery) { KeepAlive = true });

    /// <summary>Moves the transfer on from where it stands; a failed step throws and leaves it there for the timer and the reminder.</summary>
    private async Task Drive()
    {
        if (State.Status == TransferStatus.Requested)
            await Debit();
        if (State.Status == TransferStatus.Debited)
            await Credit();
    }

    private async Task Debit()
    {
        var debit = await Wallet(State.FromUserId).DebitTransfer(new TransferLeg(Key.Id, State.Amount, State.ToUserId, State.Memo));
        if (debit.Status == WalletStatus.Refused)
        {
            await Finish(TransferStatus.RolledBack, debit.Refusal?.Reason);
            return;
        }
        State.Status = TransferStatus.Debited;
        await WriteStateAsync();
    }

    private async Task Credit()
    {
        var credit = await Wallet(State.ToUserId).CreditTransfer(new TransferLeg(Key.Id, State.Amount, State.FromUserId, State.Memo));
        if (credit.Status == WalletStatus.Refused)
            throw new InvalidOperationException($"The receiver's wallet refused transfer {Key.Id}: {credit.Refusal?.Detail}");
        await Finish(TransferStatus.Completed, failure: null);
    }

    private async Task Finish(TransferStatus status, string? failure)
    {
        State.Status = status;
        State.Failure = failure;
        State.FinishedAt = Clock.GetUtcNow();
        await WriteStateAsync();
        driving?.Dispose();
        driving = null;
        await UnregisterReminder(ResumeReminder);
    }

    private IWalletGrain Wallet(string userId) => GrainFactory.GetGrain<IWalletGrain>(GrainKeys.User(Key.App, userId));

    private TransferView View() => new(Key.Id, State.FromUserId, State.ToUserId, State.Amount, State.Memo, State.Status!.Value,
        State.Failure, State.RequestedAt, State.FinishedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming transfer {TransferId} from {Status}")]
    private static partial void LogResuming(ILogger logger, string transferId, TransferStatus status);
}
