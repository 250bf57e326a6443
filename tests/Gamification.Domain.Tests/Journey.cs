using Gamification.Domain.Adjustments;
using Gamification.Domain.Awards;
using Gamification.Domain.Badges;
using Gamification.Domain.Boosts;
using Gamification.Domain.Streaks;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;
using Gamification.Domain.Watching;

namespace Gamification.Domain.Tests;

/// <summary>One user's progress under a ruleset, driven through the engine the way a grain drives it.</summary>
internal sealed class Journey(Ruleset rules, string userId = "alice")
{
    private int keys;

    public static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    public UserProgress State { get; } = new();

    public Ruleset Rules { get; } = rules;

    public string UserId { get; } = userId;

    public DateTimeOffset Now { get; set; } = Start;

    public AwardOutcome Do(string action, int? amount = null, string? key = null) =>
        Apply(AwardEngine.Decide(State, Rules, new AwardRequest(action, UserId, UserId, key ?? NextKey(), null, amount), Now));

    /// <summary>Another user acts on an entity of this user's (a like), so this user is the recipient.</summary>
    public AwardOutcome Receive(string action, string actor = "bob", string? key = null) =>
        Apply(AwardEngine.Decide(State, Rules, new AwardRequest(action, actor, UserId, key ?? NextKey(), new EntityRef("character", "c1")), Now));

    public AwardOutcome Watch(string stream, WatchKind kind = WatchKind.Live) =>
        Apply(WatchEngine.Decide(State, Rules, new WatchHeartbeat(UserId, stream, kind, NextKey()), Now));

    public AwardOutcome GrantBadge(string badge, string? scope = null, string? admin = null) =>
        Apply(BadgeEngine.Decide(State, Rules, new BadgeGrant(UserId, badge, scope, admin), Now));

    public AwardOutcome Adjust(int delta, string reason = "correction") =>
        Apply(AdjustmentEngine.Decide(State, Rules, new XpAdjustment(UserId, delta, reason, "admin-1", NextKey()), Now));

    public AwardOutcome GrantFreezes(string streak, int count, string? key = null) =>
        Apply(FreezeEngine.Decide(State, Rules, new FreezeGrant(UserId, streak, count, key ?? NextKey(), "admin-1"), Now));

    public AwardOutcome GrantBoost(string id, decimal factor, TimeSpan lasting, IReadOnlyList<string>? actions = null) =>
        Apply(BoostEngine.Decide(State, Rules, new BoostGrant(UserId, new UserBoost(id, factor, Now, Now + lasting, actions, "admin:admin-1")), Now));

    /// <summary>Every ledger entry committed so far, oldest first.</summary>
    public List<LedgerEntry> Ledger { get; } = [];

    public Journey Repeat(string action, int times)
    {
        for (var i = 0; i < times; i++)
            Assert.True(Do(action).IsGranted, $"{action} #{i + 1} was refused");
        return this;
    }

    public void NextDay() => Now = UtcDay.NextMidnightAfter(Now).AddHours(9);

    private AwardOutcome Apply(AwardOutcome outcome)
    {
        State.Apply(outcome, Rules);
        if (outcome.IsGranted)
            Ledger.AddRange(outcome.Entries);
        return outcome;
    }

    private string NextKey() => $"event-{++keys}";
}
