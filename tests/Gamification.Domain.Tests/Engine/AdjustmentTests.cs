using Gamification.Domain.Awards;

namespace Gamification.Domain.Tests.Engine;

public sealed class AdjustmentTests
{
    private readonly Journey user = new(Presets.Mikoshi);

    [Fact]
    public void An_adjustment_is_outside_the_daily_cap_and_keeps_its_reason()
    {
        var outcome = user.Adjust(400, "migrated from the old system");

        var entry = Assert.Single(outcome.Entries);
        Assert.Equal((LedgerKind.Adjustment, 400, "migrated from the old system", "admin-1"), (entry.Kind, entry.Granted, entry.Note, entry.ActorUserId));
        Assert.Equal(400, user.State.Xp);
        Assert.Equal(400, entry.BalanceAfter);
        Assert.Equal(0, user.State.Today.XpGained);
    }

    [Fact]
    public void A_negative_adjustment_lowers_xp_and_level()
    {
        user.Adjust(400);

        var outcome = user.Adjust(-350);

        Assert.Equal((50L, 1, 3), (outcome.TotalXp, outcome.Level, outcome.PreviousLevel));
    }

    [Theory]
    [InlineData(-1, "reason", "delta -1 would take XP below zero (XP is 0)")]
    [InlineData(0, "reason", "delta must not be zero")]
    [InlineData(10, " ", "reason is required")]
    public void Invalid_adjustments_are_refused(int delta, string reason, string detail)
    {
        var outcome = user.Adjust(delta, reason);

        Assert.Equal((RejectionReason.InvalidAdjustment, detail), (outcome.Rejection?.Reason, outcome.Rejection?.Detail));
        Assert.Equal(0, user.State.Xp);
    }
}
