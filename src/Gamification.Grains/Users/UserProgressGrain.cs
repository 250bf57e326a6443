using Gamification.Persistence;
using Gamification.Grains.Hosting;
using Gamification.Contracts;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Boosts;
using Gamification.Contracts.Paths;
using Gamification.Contracts.Streaks;
using Gamification.Contracts.Wallets;
using Gamification.Contracts.Progress;
using Gamification.Domain;
using Gamification.Domain.Adjustments;
using Gamification.Domain.Awards;
using Gamification.Domain.Badges;
using Gamification.Domain.Boosts;
using Gamification.Domain.Streaks;
using Gamification.Domain.Tokens;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;
using Gamification.Domain.Watching;
using Gamification.Grains.Apps;
using Gamification.Grains.FollowUps;
using Gamification.Grains.Mapping;
using Gamification.Grains.Midnight;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Grains.Users;

/// <summary>
/// A user in one app. Each call is one turn: the Domain decides from state, ruleset and clock; the
/// grain applies the outcome and writes state and ledger rows together before it answers.
/// </summary>
[GrainType(TypeName)]
public sealed partial class UserProgressGrain(AppRulesets rulesets, IJournalReader journal, IEnumerable<IAwardFollowUp> followUps, IOptions<MidnightResetOptions> midnight, [PersistentState("state", StorageProviders.Journaled)] IPersistentState<Journaled<UserProgress>> state) : PersistentGrain<UserProgress>(state), IUserProgressGrain, IMidnightReset, IRemindable
{
    internal const string TypeName = "user-progress";

    /// <summary>Clears yesterday's counters; correctness never waits for it, since counters are keyed by date.</summary>
    internal const string MidnightReminder = "midnight-reset";

    /// <summary>Ends the user's boosts on time, so that <c>boost_ended</c> reaches the feed without waiting for an award.</summary>
    internal const string BoostEndReminder = "boost-end";

    private string? userId;

    // The app's name is the rulesets' own string: every user of an app shares it.
    private string App => rulesets.AppOf(GrainKey);

    // Cut once per activation: every turn reads it, some more than once.
    private string UserId => userId ??= GrainKeys.Split(GrainKey).Id;

    private Ruleset Rules => rulesets.For(App);

    /// <summary>How many of the newest ledger entries follow-ups see on activation: more than one outcome writes.</summary>
    private const int RecoveredEntries = 8;

    private DateTimeOffset Now => Clock.GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.LedgerSequence == 0)
            return;
        // A crash between a commit and its follow-ups left them undone; the newest entries let them catch up.
        var rows = await journal.ReadAsync(GrainId, Math.Max(0, State.LedgerSequence - RecoveredEntries), RecoveredEntries, cancellationToken);
        var recent = rows.Select(r => LedgerJournal.Read(r.Entry.PayloadJson)).ToList();
        foreach (var followUp in followUps)
            await followUp.OnActivatedAsync(App, UserId, recent, State, GrainFactory);
    }

    public async Task<AwardResult> Award(AwardCommand command)
    {
        var outcome = AwardEngine.Decide(State, Rules,
            new AwardRequest(command.Action, command.ActorUserId, UserId, command.IdempotencyKey, Entity(command.Target), command.Amount), OccurredAt(command));
        return await Commit(outcome);
    }

    public Task<AwardResult> Watch(WatchCommand command) => Commit(WatchEngine.Decide(State, Rules,
        new WatchHeartbeat(UserId, command.StreamId, WatchKinds.Parse(command.Kind), command.IdempotencyKey), Now));

    public Task<AwardResult> GrantBadge(BadgeCommand command) => Commit(BadgeEngine.Decide(State, Rules,
        new BadgeGrant(UserId, command.BadgeId, command.ModuleId, command.GrantedBy), Now));

    public Task<AwardResult> Adjust(AdjustCommand command) => Commit(AdjustmentEngine.Decide(State, Rules,
        new XpAdjustment(UserId, command.Delta, command.Reason, command.AdminId, command.IdempotencyKey), Now));

    public Task<UserStreaks> GetStreaks() => Task.FromResult(StreakViews.For(UserId, State, Rules, Now));

    public async Task<UserStreaks> SetTimeZone(string? timeZone)
    {
        var zone = timeZone is null ? null : UserTimeZones.Find(timeZone)
            ?? throw new ArgumentException($"'{timeZone}' is not an IANA time zone (such as Europe/Berlin or America/New_York)", "time_zone");
        if (State.TimeZone != zone?.Id)
        {
            State.TimeZone = zone?.Id;
            await WriteStateAsync();
        }
        return StreakViews.For(UserId, State, Rules, Now);
    }

    public Task<AwardResult> GrantFreezes(FreezeCommand command) => Commit(FreezeEngine.Decide(State, Rules,
        new FreezeGrant(UserId, command.StreakId, command.Count, command.IdempotencyKey, command.GrantedBy), Now));

    public Task<AwardResult> GrantBoost(BoostCommand command) =>
        Commit(BoostEngine.Decide(State, Rules, new BoostGrant(UserId, BoostViews.ToBoost(command)), Now));

    public async Task<WalletResult> Buy(ShopPurchase purchase)
    {
        var wallet = GrainFactory.GetGrain<IWalletGrain>(GrainKey);
        var effect = Rules.Tokens?.Shop.GetValueOrDefault(purchase.ItemId)?.Effect;
        var key = $"shop:{purchase.IdempotencyKey}";
        var source = $"shop:{purchase.ItemId}";
        // Decided before the payment; the turn holds the state until the grant commits below.
        AwardOutcome? freezes = null;
        if (effect is StreakFreezeEffect freeze)
        {
            freezes = FreezeEngine.Decide(State, Rules, new FreezeGrant(UserId, freeze.StreakId, freeze.Count, key, source), Now);
            // Refused before a token is spent, unless this key's freezes were granted before (a retry).
            if (freezes.Rejection is { } refusal && await journal.FindAsync(GrainId, $"freezes:{key}", CancellationToken.None) is null)
                return new WalletResult(WalletStatus.Refused, await wallet.GetWallet(), null, new WalletRefusal("freeze_cap_reached", "item_id", refusal.Detail));
        }
        var bought = await wallet.Buy(purchase);
        if (bought.Status == WalletStatus.Refused || bought.Line is not { } line)
            return bought;
        // A retry after a crash between the payment and the effect applies the effect now; a repeat of both changes nothing.
        if (freezes is not null)
            await Commit(freezes);
        else if (effect is XpBoostEffect b)
            await GrantBoost(new BoostCommand(key, b.Factor, line.At, line.At + b.Duration, b.Actions, source));
        return bought;
    }

    public async Task<UserProfile> SetUserType(string userType)
    {
        var type = UserTypes.Parse(userType);
        if (State.UserType != type)
        {
            State.UserType = type;
            await WriteStateAsync();
        }
        return await GetProfile();
    }

    public Task<UserPaths> GetPaths() => Task.FromResult(PathViews.For(UserId, State, Rules));

    public async Task<UserPaths> SetPrimaryPath(string pathId)
    {
        if (State.PrimaryPath != pathId)
        {
            if (PathSelection.Choose(State, Rules, pathId) is { } refusal)
                throw new ArgumentException(refusal, "path_id");
            await WriteStateAsync();
        }
        return PathViews.For(UserId, State, Rules);
    }

    public Task<UserProfile> GetProfile() =>
        Task.FromResult(ProgressViews.Profile(UserId, State, Rules, exists: State.LedgerSequence > 0, Now));

    public Task<DailyLimits> GetLimits() => Task.FromResult(ProgressViews.Limits(DailyLimitsView.For(State, Rules, Now)));

    public async Task<LedgerPage> GetHistory(long? before, int limit)
    {
        // Journal sequences run 1, 2, 3... per grain, so the page before B is (B - 1 - limit, B) read oldest first.
        var end = Math.Min(before ?? long.MaxValue, State.LedgerSequence + 1);
        var after = Math.Max(0, end - 1 - limit);
        var rows = end - 1 > after ? await journal.ReadAsync(GrainId, after, (int)(end - 1 - after), CancellationToken.None) : [];
        var lines = rows.Reverse().Select(r => LedgerJournal.Read(r.Entry.PayloadJson)).ToList();
        return new LedgerPage(lines, after > 0 ? after + 1 : null);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == BoostEndReminder)
        {
            await EndBoosts();
            return;
        }
        if (reminderName == MidnightReminder)
            await ResetDay();
    }

    public async Task ResetDay()
    {
        var today = UtcDay.Of(Now);
        // A user idle since the last midnight keeps no reminder; the next award schedules one again.
        var idle = State.Today.Day < today.AddDays(-1) || (State.Today.XpGained == 0 && State.Today.ActionCounts.Count == 0);
        var changed = State.ResetDaily(today);
        if (idle)
        {
            State.MidnightResetScheduled = false;
            await UnregisterReminder(MidnightReminder);
        }
        if (changed || idle)
            await WriteStateAsync();
    }

    private async Task<AwardResult> Commit(AwardOutcome outcome)
    {
        if (!outcome.IsGranted)
        {
            // State keeps only the newest receipts: a refused retry (the cap reached since) may be an award the ledger holds.
            if (outcome.Rejection is not null && await journal.FindAsync(GrainId, outcome.IdempotencyKey, CancellationToken.None) is not null)
                return await Replayed(outcome, outcome.IdempotencyKey);
            return AwardResults.From(outcome);
        }
        var schedule = !State.MidnightResetScheduled;
        State.Apply(outcome, Rules);
        State.MidnightResetScheduled = true;
        try
        {
            await WriteStateAsync(LedgerJournal.From(outcome));
        }
        catch (DuplicateJournalEntryException duplicate)
        {
            // A key older than the state's memory: the ledger still has it, so answer with the original.
            return await Replayed(outcome, duplicate.IdempotencyKey);
        }
        if (schedule)
            ScheduleMidnightReset();
        if (outcome.Entries.Any(e => e.Kind is LedgerKind.BoostStarted or LedgerKind.BoostEnded))
            await ScheduleBoostEnd();
        foreach (var followUp in followUps)
            await followUp.OnCommittedAsync(App, UserId, outcome, State, GrainFactory);
        return AwardResults.From(outcome);
    }

    /// <summary>
    /// Registers the midnight reminder after the award is answered: correctness never waits for it (counters
    /// are keyed by date), so the award does not wait for the reminder table either. A failed registration
    /// is retried by the next award.
    /// </summary>
    private void ScheduleMidnightReset() =>
        _ = RegisterOrUpdateReminder(MidnightReminder, midnight.Value.DueAt(UtcDay.NextMidnightAfter(Now), GrainId), TimeSpan.FromDays(1)).ContinueWith(
            registration =>
            {
                State.MidnightResetScheduled = false;
                LogReminderNotRegistered(Logger, registration.Exception!.GetBaseException(), GrainKey);
            },
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Current);

    private async Task EndBoosts()
    {
        var outcome = BoostEngine.EndExpired(State, Rules, UserId, Now);
        if (outcome.IsGranted)
            await Commit(outcome);
        else
            await ScheduleBoostEnd();
    }

    /// <summary>Keeps one reminder due at the earliest end of the user's boosts, and none when they hold none.</summary>
    private async Task ScheduleBoostEnd()
    {
        if (State.Boosts is null)
        {
            await UnregisterReminder(BoostEndReminder);
            return;
        }
        var end = State.Boosts.Min(b => b.EndsAt);
        await RegisterOrUpdateReminder(BoostEndReminder, end > Now ? end : Now.AddSeconds(1), TimeSpan.FromDays(1));
    }

    private async Task<AwardResult> Replayed(AwardOutcome attempted, string key)
    {
        var original = await journal.FindAsync(GrainId, key, CancellationToken.None)
            ?? throw new InvalidOperationException($"The ledger refused key '{key}' but does not hold it");
        var line = LedgerJournal.Read(original.Entry.PayloadJson);
        var rules = Rules;
        var level = rules.Levels.LevelFor(line.BalanceAfter);
        return AwardResults.From(attempted) with
        {
            Status = Contracts.Awards.AwardStatus.Duplicate,
            Refusal = null,
            ExpAdded = line.Granted,
            TotalExp = line.BalanceAfter,
            Level = level,
            LeveledUp = false,
            Progress = ProgressViews.From(rules.Levels.ProgressFor(line.BalanceAfter)),
            Grade = ProgressViews.From(rules.GradeFor(line.BalanceAfter, State.UserType)),
            GradeChanged = false,
            BadgesEarned = [],
            Ledger = [line],
        };
    }

    // An imported event is decided at the time it happened; a time ahead of the clock is taken as now.
    private DateTimeOffset OccurredAt(AwardCommand command) => command.OccurredAt is { } at && at < Now ? at : Now;

    private static EntityRef? Entity(EntityTarget? target) => target is null ? null : new EntityRef(target.Type, target.Id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The midnight reminder of {Grain} was not registered; the next award tries again")]
    private static partial void LogReminderNotRegistered(ILogger logger, Exception exception, string grain);
}
