using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Gamification.Domain.Awards;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Tests.Properties;

/// <summary>Invariants that hold for every history of events, under every preset.</summary>
public sealed class AwardInvariantProperties
{
    private static readonly Gen<EventStep> Step =
        from action in Gen.Choose(0, 63)
        from seconds in Gen.Frequency((6, Gen.Choose(0, 30)), (3, Gen.Choose(30, 3_600)), (1, Gen.Choose(3_600, 30_000)))
        from amount in Gen.Choose(-10, 2_000)
        from replay in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
        from watch in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        select new EventStep(action, seconds, amount, replay, watch);

    private static readonly Arbitrary<EventStep[]> Histories = Gen.ArrayOf(Step).Resize(300).ToArbitrary();

    [Theory]
    [InlineData("mikoshi")]
    [InlineData("storybook")]
    [InlineData("degentalk")]
    [InlineData("academy")]
    public void No_history_breaks_an_invariant(string preset)
    {
        var rules = Presets.Load(preset);
        Prop.ForAll(Histories, steps => Holds(rules, steps)).QuickCheckThrowOnFailure();
    }

    private static bool Holds(Ruleset rules, EventStep[] steps)
    {
        var user = new Journey(rules);
        var actions = rules.Actions.Keys.Order(StringComparer.Ordinal).ToArray();
        foreach (var step in steps)
        {
            user.Now = user.Now.AddSeconds(step.SecondsLater);
            var xpBefore = user.State.Xp;
            if (step.Replay && user.State.RecentAwards.Count > 0)
            {
                ReplayChangesNothing(user, user.State.RecentAwards[step.ActionPick % user.State.RecentAwards.Count]);
                continue;
            }
            var action = rules.Actions[actions[step.ActionPick % actions.Length]];
            var outcome = step.Watch && rules.Watch is not null
                ? user.Watch($"stream-{step.ActionPick % 3}")
                : Act(user, action, step);
            CheckAfter(user, rules, outcome, action, xpBefore);
        }
        return true;
    }

    private static AwardOutcome Act(Journey user, ActionRule action, EventStep step)
    {
        int? amount = action.CustomAmount is null ? null : step.AmountPick;
        return action.Recipient == Recipient.Creator ? user.Receive(action.Name) : user.Do(action.Name, amount);
    }

    private static void CheckAfter(Journey user, Ruleset rules, AwardOutcome outcome, ActionRule action, long xpBefore)
    {
        var state = user.State;
        Assert.True(state.Xp >= xpBefore, "XP went down without an admin adjustment");
        Assert.Equal(rules.Levels.LevelFor(state.Xp), outcome.IsGranted ? outcome.Level : rules.Levels.LevelFor(xpBefore));
        Assert.Equal(rules.GradeFor(state.Xp, state.UserType), outcome.IsGranted ? outcome.Grade : rules.GradeFor(xpBefore, state.UserType));
        if (!outcome.IsGranted)
        {
            Assert.Equal(xpBefore, state.Xp);
            return;
        }
        Assert.Equal(xpBefore + outcome.XpAdded, state.Xp);
        Assert.Equal(outcome.XpAdded, outcome.Entries.Sum(e => e.Granted));
        if (outcome.Entries.Count > 0)
            Assert.Equal(state.Xp, outcome.Entries[^1].BalanceAfter);
        if (outcome.DailyXpCap is { } cap)
        {
            Assert.True(state.Today.XpGained <= cap, $"daily XP {state.Today.XpGained} passed the cap {cap}");
            if (outcome.Entries.Any(e => e.CutBy == CapCut.DailyCap))
                Assert.Equal(cap, state.Today.XpGained);
        }
        if (action.DailyLimit is { } limit)
            Assert.True(state.Today.CountOf(action.Name) <= limit, $"{action.Name} passed its daily limit {limit}");
        if (rules.Watch?.DailyMinuteCap is { } minutes)
            Assert.True(state.Today.WatchMinutes <= minutes);
    }

    private static void ReplayChangesNothing(Journey user, Progress.AwardReceipt receipt)
    {
        var before = JsonSerializer.Serialize(user.State);

        var replay = user.Do(receipt.Action, key: receipt.Key);

        Assert.Equal(AwardStatus.Duplicate, replay.Status);
        Assert.Equal((receipt.XpAdded, receipt.TotalXp), (replay.XpAdded, replay.TotalXp));
        Assert.Equal(before, JsonSerializer.Serialize(user.State));
    }
}
