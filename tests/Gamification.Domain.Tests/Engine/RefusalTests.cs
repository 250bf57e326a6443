using Gamification.Domain.Awards;

namespace Gamification.Domain.Tests.Engine;

public sealed class RefusalTests
{
    [Fact]
    public void An_unknown_action_names_the_known_ones()
    {
        var outcome = new Journey(Presets.Storybook).Do("story_deleted");

        Assert.Equal(RejectionReason.UnknownAction, outcome.Rejection?.Reason);
        Assert.StartsWith("Unknown action 'story_deleted'. Known actions: achievement_earned, character_created,", outcome.Rejection!.Detail);
    }

    [Fact]
    public void A_disabled_action_is_refused()
    {
        var rules = Presets.Degentalk.WithAction(Presets.Degentalk.Actions["post_created"] with { Enabled = false });

        var outcome = new Journey(rules).Do("post_created");

        Assert.Equal("Action post_created is disabled", outcome.Rejection?.Detail);
    }

    [Fact]
    public void A_refusal_still_reports_the_users_standing()
    {
        var user = new Journey(Presets.Mikoshi);
        user.Repeat("create_scene", 2);

        var refused = user.Do("create_scene");

        Assert.Equal((30L, 30, (int?)150, 2, (int?)2), (refused.TotalXp, refused.DailyXpGained, refused.DailyXpCap, refused.ActionCount, refused.ActionLimit));
    }
}
