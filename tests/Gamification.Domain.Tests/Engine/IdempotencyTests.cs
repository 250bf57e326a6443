using System.Text.Json;
using Gamification.Domain.Awards;

namespace Gamification.Domain.Tests.Engine;

public sealed class IdempotencyTests
{
    private readonly Journey user = new(Presets.Mikoshi);

    [Fact]
    public void A_replayed_key_returns_the_original_outcome_and_awards_nothing()
    {
        var original = user.Do("create_character", key: "k-1");
        var before = JsonSerializer.Serialize(user.State);

        var replay = user.Do("create_character", key: "k-1");

        Assert.Equal(AwardStatus.Duplicate, replay.Status);
        Assert.Equal((original.XpAdded, original.TotalXp, original.Level), (replay.XpAdded, replay.TotalXp, replay.Level));
        Assert.Empty(replay.Entries);
        Assert.Equal(before, JsonSerializer.Serialize(user.State));
    }

    [Fact]
    public void A_replay_after_other_awards_still_reports_the_original_figures()
    {
        user.Do("create_character", key: "k-1");
        user.Do("create_scene", key: "k-2");

        var replay = user.Do("create_character", key: "k-1");

        Assert.Equal(30, replay.TotalXp);
        Assert.Equal(45, user.State.Xp);
    }

    [Fact]
    public void A_rejected_event_leaves_its_key_free()
    {
        user.Repeat("create_character", 2);
        var refused = user.Do("create_character", key: "k-late");
        user.NextDay();

        var retried = user.Do("create_character", key: "k-late");

        Assert.Equal(AwardStatus.Rejected, refused.Status);
        Assert.True(retried.IsGranted);
    }

    [Fact]
    public void The_state_remembers_a_bounded_number_of_keys()
    {
        var reader = new Journey(Presets.Storybook).Repeat("story_read", 20);

        Assert.Equal(Progress.UserProgress.RecentAwardCapacity, reader.State.RecentAwards.Count);
        // Twenty awards and the day's link of the storytelling streak.
        Assert.Equal(21, reader.State.LedgerSequence);
    }
}
