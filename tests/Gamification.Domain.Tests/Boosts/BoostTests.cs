using Gamification.Domain.Awards;
using Gamification.Domain.Boosts;
using Gamification.Domain.Tests.Streaks;

namespace Gamification.Domain.Tests.Boosts;

public sealed class BoostTests
{
    private const string Weekend = """{ "id": "weekend", "factor": 1.5, "starts_at": "2026-11-21T00:00:00Z", "ends_at": "2026-11-23T00:00:00Z" }""";

    [Fact]
    public void A_user_boost_multiplies_action_xp_and_the_entry_names_base_and_boost()
    {
        var user = new Journey(StreakRules.With());
        user.GrantBoost("shop-1", 2m, TimeSpan.FromHours(1));

        var post = user.Do("post").Entries.Single(e => e.Kind == LedgerKind.Action);

        Assert.Equal((10, 20, 20), (post.BaseXp!.Value, post.Requested, post.Granted));
        Assert.Equal([new AppliedBoost("shop-1", 2m, BoostScope.User)], post.Boosts);
    }

    [Theory]
    [InlineData("max", "floor", 20)]
    [InlineData("product", "floor", 30)]
    [InlineData("product", "nearest", 30)]
    public void User_and_app_boosts_combine_as_the_ruleset_says(string combine, string rounding, int xp)
    {
        var user = new Journey(StreakRules.With(combine: combine, rounding: rounding, scheduled: Weekend));
        user.GrantBoost("shop-1", 2m, TimeSpan.FromHours(1));

        var post = user.Do("post").Entries.Single(e => e.Kind == LedgerKind.Action);

        Assert.Equal([BoostScope.User, BoostScope.App], post.Boosts!.Select(b => b.Scope));
        Assert.Equal(xp, post.Requested);
    }

    [Theory]
    [InlineData("floor", 4)]
    [InlineData("nearest", 5)]
    [InlineData("ceiling", 5)]
    public void A_fractional_boosted_amount_rounds_as_the_ruleset_says(string rounding, int xp)
    {
        var user = new Journey(StreakRules.With(rounding: rounding, scheduled: Weekend));

        Assert.Equal(xp, user.Do("read").Entries.Single(e => e.Kind == LedgerKind.Action).Requested);
    }

    [Fact]
    public void The_daily_cap_applies_to_the_boosted_amount_and_says_what_it_cut()
    {
        var user = new Journey(StreakRules.With(cap: 25));
        user.GrantBoost("shop-1", 2m, TimeSpan.FromHours(1));
        user.Do("read");

        var post = user.Do("post").Entries.Single(e => e.Kind == LedgerKind.Action);

        Assert.Equal((20, 19, CapCut.DailyCap), (post.Requested, post.Granted, post.CutBy!.Value));
        Assert.Equal(25, user.State.Today.XpGained);
    }

    [Fact]
    public void A_boost_stops_at_its_end_and_the_ledger_says_so()
    {
        var user = new Journey(StreakRules.With());
        user.GrantBoost("shop-1", 2m, TimeSpan.FromHours(1));
        user.Now = user.Now.AddHours(1);

        var outcome = user.Do("post");

        Assert.Equal(10, outcome.XpAdded);
        Assert.Contains(outcome.Entries, e => e.Kind == LedgerKind.BoostEnded && e.Subject == "shop-1");
        Assert.Null(user.State.Boosts);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(4.5)]
    public void A_factor_outside_the_rulesets_range_is_refused(double factor)
    {
        var user = new Journey(StreakRules.With());

        var outcome = user.GrantBoost("b", (decimal)factor, TimeSpan.FromHours(1));

        Assert.Equal(RejectionReason.InvalidBoost, outcome.Rejection!.Reason);
        Assert.Contains("factor", outcome.Rejection.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_boost_id_is_granted_once()
    {
        var user = new Journey(StreakRules.With());
        user.GrantBoost("b", 2m, TimeSpan.FromHours(1));

        Assert.Equal(AwardStatus.Duplicate, user.GrantBoost("b", 3m, TimeSpan.FromHours(2)).Status);
        Assert.Equal(2m, Assert.Single(user.State.Boosts!).Factor);
    }
}
