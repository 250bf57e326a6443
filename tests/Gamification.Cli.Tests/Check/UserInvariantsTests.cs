using Gamification.Contracts.Awards;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules.Json;
using Gamification.Invariants;

namespace Gamification.Cli.Tests.Check;

/// <summary>The checker's rules on one user, over hand-made ledgers under the mikoshi preset (cap 150 at levels 1-2, 2 characters a day).</summary>
public sealed class UserInvariantsTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Gamification.Domain.Rules.Ruleset Mikoshi =
        RulesetReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rulesets", "mikoshi.json"))).GetOrThrow("mikoshi");

    [Fact]
    public void A_ledger_within_its_limits_and_matching_the_state_breaks_nothing()
    {
        var ledger = Ledger(("create_character", 30, Day), ("create_character", 30, Day), ("create_character", 30, Day.AddDays(1)));

        Assert.Empty(UserInvariants.Check(User(90, ledger), Mikoshi));
    }

    [Fact]
    public void A_day_over_its_cap_is_named_with_the_day_the_entry_and_the_cap()
    {
        var ledger = Ledger([.. Enumerable.Range(0, 6).Select(i => ("create_scene", 30, Day.AddMinutes(i)))]);

        var violation = Assert.Single(UserInvariants.Check(User(180, ledger), Mikoshi), v => v.Invariant == Invariant.DailyCap);
        Assert.Equal("2026-03-01: 180 XP earned by entry 'k5', cap at level 2 is 150", violation.Detail);
    }

    [Fact]
    public void Admin_adjustments_do_not_count_toward_the_daily_cap()
    {
        var ledger = Ledger(("create_character", 30, Day));
        ledger.Add(new LedgerLine("adj", "adjustment", "migration", 500, 500, 530, null, 1, Day, null, null, "legacy points"));

        Assert.Empty(UserInvariants.Check(User(530, ledger), Mikoshi));
    }

    [Fact]
    public void A_key_twice_and_a_badge_held_twice_are_each_named()
    {
        var ledger = Ledger(("create_character", 30, Day));
        ledger.Add(ledger[0] with { BalanceAfter = 60 });
        var state = User(60, ledger);
        state.State.AddBadge(new EarnedBadge("first_steps", null, Day));
        state.State.AddBadge(new EarnedBadge("first_steps", null, Day.AddHours(1)));

        var violations = UserInvariants.Check(state, Mikoshi).ToList();

        Assert.Contains(violations, v => v.Invariant == Invariant.IdempotencyKeyOnce && v.Detail == "key 'k0' appears 2 times in the ledger");
        Assert.Contains(violations, v => v.Invariant == Invariant.BadgeOnce && v.Detail == "badge 'first_steps' held 2 times in state");
    }

    private static UserRecord User(long xp, List<LedgerLine> ledger) => new("u", new UserProgress { Xp = xp }, ledger);

    private static List<LedgerLine> Ledger(params (string Action, int Xp, DateTimeOffset At)[] entries)
    {
        long balance = 0;
        return [.. entries.Select((e, i) => new LedgerLine($"k{i}", "action", e.Action, e.Xp, e.Xp, balance += e.Xp, null, 1, e.At, "u", null, null))];
    }
}
