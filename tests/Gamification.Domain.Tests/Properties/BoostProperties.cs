using FsCheck;
using FsCheck.Fluent;
using Gamification.Domain.Awards;
using Gamification.Domain.Boosts;
using Gamification.Domain.Rules;
using Gamification.Domain.Tests.Streaks;

namespace Gamification.Domain.Tests.Properties;

/// <summary>Boosted awards never pass a cap, and every boosted ledger entry explains its amount.</summary>
public sealed class BoostProperties
{
    private const string Scheduled =
        """{ "id": "weekend", "factor": 1.5, "starts_at": "2026-11-21T12:00:00Z", "ends_at": "2026-11-23T00:00:00Z" },""" +
        """{ "id": "posts", "factor": 3, "starts_at": "2026-11-22T00:00:00Z", "ends_at": "2026-11-25T00:00:00Z", "actions": ["post"] }""";

    private static readonly Gen<StreakStep> Step =
        from minutes in Gen.Frequency((5, Gen.Choose(1, 40)), (1, Gen.Choose(40, 900)))
        from pick in Gen.Choose(0, 19)
        select new StreakStep(minutes, pick);

    private static readonly Arbitrary<StreakStep[]> Histories = Gen.ArrayOf(Step).Resize(300).ToArbitrary();

    [Theory]
    [InlineData("max", "floor")]
    [InlineData("product", "nearest")]
    [InlineData("product", "ceiling")]
    public void Boosted_awards_never_pass_the_cap_and_explain_themselves(string combine, string rounding)
    {
        var rules = StreakRules.With(combine: combine, rounding: rounding, cap: 60, scheduled: Scheduled);
        Prop.ForAll(Histories, steps => Holds(rules, steps)).QuickCheckThrowOnFailure();
    }

    private static bool Holds(Ruleset rules, StreakStep[] steps)
    {
        var user = new Journey(rules);
        var boosts = 0;
        foreach (var step in steps)
        {
            user.Now = user.Now.AddMinutes(step.HoursLater);
            if (step.Pick == 0)
                user.GrantBoost($"b{++boosts}", 1 + step.HoursLater % 3 * 0.5m, TimeSpan.FromMinutes(30 + step.HoursLater * 3));
            else
                user.Do(step.Pick < 12 ? "post" : "read");
            Assert.True(user.State.Today.XpGained <= 60, $"daily XP {user.State.Today.XpGained} passed the cap");
        }
        var granted = new List<UserBoost>();
        foreach (var entry in user.Ledger)
        {
            if (entry.Kind == LedgerKind.BoostStarted)
                granted.Add(entry.Boost!);
            if (entry.Kind != LedgerKind.Action)
                continue;
            var active = granted.Where(b => b.IsActiveAt(entry.At) && b.Covers(entry.Subject)).Select(b => b.Id)
                .Concat(rules.Boosts.Scheduled.Where(b => b.IsActiveAt(entry.At) && b.Covers(entry.Subject)).Select(b => b.Id));
            Assert.Equal(active, entry.Boosts?.Select(b => b.Id) ?? []);
            if (entry.Boosts is { } applied)
                Assert.Equal(BoostedXp.Round(entry.BaseXp!.Value * BoostedXp.Combine(applied, rules.Boosts.Combination), rules.Boosts.Rounding), entry.Requested);
            Assert.True(entry.Granted <= entry.Requested);
            Assert.Equal(entry.Granted < entry.Requested, entry.CutBy == CapCut.DailyCap);
        }
        Assert.Equal(user.State.Xp, user.Ledger.Sum(e => (long)e.Granted));
        return true;
    }
}
