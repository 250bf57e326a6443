using Gamification.Domain.Awards;

namespace Gamification.Domain.Tests.Seeds;

/// <summary>Seed 002's testing checklist, against the storybook preset.</summary>
public sealed class StorybookPresetTests
{
    private readonly Journey author = new(Presets.Storybook);

    [Fact]
    public void Creating_a_story_gains_100_xp_and_publishing_50_more()
    {
        var created = author.Do("story_created");
        var published = author.Do("story_published");

        Assert.Equal((100, 50), (created.XpAdded, published.XpAdded));
        Assert.Equal(150, author.State.Xp);
    }

    [Fact]
    public void A_like_gives_the_story_author_5_xp()
    {
        var outcome = author.Receive("story_liked", actor: "reader");

        Assert.Equal(("alice", 5), (outcome.AwardedTo, outcome.XpAdded));
    }

    [Fact]
    public void No_action_can_take_xp_back_so_deleting_a_story_changes_nothing()
    {
        author.Repeat("story_created", 3);

        var negative = author.Do("special_event", amount: -100);
        var zero = author.Do("special_event", amount: 0);

        Assert.Equal(RejectionReason.AmountOutOfRange, negative.Rejection?.Reason);
        Assert.Equal(RejectionReason.AmountOutOfRange, zero.Rejection?.Reason);
        Assert.DoesNotContain(Presets.Storybook.Actions.Values, a => a.Xp < 0);
        Assert.Equal(300, author.State.Xp);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(499, 1)]
    [InlineData(500, 2)]
    [InlineData(999, 2)]
    [InlineData(1000, 3)]
    [InlineData(1499, 3)]
    [InlineData(50_000, 101)]
    public void Level_is_xp_divided_by_500_plus_one(long xp, int level) =>
        Assert.Equal(level, Presets.Storybook.Levels.LevelFor(xp));

    [Fact]
    public void Profile_at_650_xp_matches_the_seed_example()
    {
        var progress = Presets.Storybook.Levels.ProgressFor(650);

        Assert.Equal((2, 150L, 1000L, 30.0), (progress.CurrentLevel, progress.CurrentLevelXp, progress.NextLevelXp!.Value, progress.ProgressPercentage));
        Assert.False(progress.IsMaxLevel);
    }

    [Fact]
    public void Crossing_500_xp_is_a_level_up()
    {
        author.Repeat("story_created", 4);

        var outcome = author.Do("story_created");

        Assert.True(outcome.LeveledUp);
        Assert.Equal(2, outcome.Level);
    }

    [Fact]
    public void Special_event_takes_a_custom_amount()
    {
        var outcome = author.Do("special_event", amount: 250);

        Assert.Equal(250, outcome.XpAdded);
        Assert.Equal(250, Assert.Single(outcome.Entries).Requested);
    }

    [Fact]
    public void Special_event_without_an_amount_is_refused()
    {
        var outcome = author.Do("special_event");

        Assert.Equal(RejectionReason.AmountRequired, outcome.Rejection?.Reason);
    }

    [Fact]
    public void A_fixed_action_refuses_a_custom_amount()
    {
        var outcome = author.Do("story_created", amount: 1000);

        Assert.Equal(RejectionReason.AmountNotAllowed, outcome.Rejection?.Reason);
        Assert.Equal(0, author.State.Xp);
    }

    [Fact]
    public void Backfill_by_replaying_history_matches_the_seed_formula()
    {
        const int stories = 7, published = 4;
        author.Repeat("story_created", stories).Repeat("story_published", published);

        Assert.Equal(stories * 100 + published * 50, author.State.Xp);
    }

    [Fact]
    public void The_preset_has_no_caps_or_limits()
    {
        author.Repeat("story_read", 500);

        Assert.Equal(2500, author.State.Xp);
    }
}
