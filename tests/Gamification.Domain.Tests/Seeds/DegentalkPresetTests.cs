using Gamification.Domain.Awards;

namespace Gamification.Domain.Tests.Seeds;

/// <summary>Seed 003's XP rules (cooldowns, rank names, one-off actions), against the degentalk preset.</summary>
public sealed class DegentalkPresetTests
{
    private readonly Journey poster = new(Presets.Degentalk);

    [Fact]
    public void A_post_within_its_cooldown_is_refused_with_the_time_left()
    {
        poster.Do("post_created");
        poster.Now = poster.Now.AddSeconds(10);

        var early = poster.Do("post_created");
        poster.Now = poster.Now.AddSeconds(5);
        var onTime = poster.Do("post_created");

        Assert.Equal(RejectionReason.CooldownActive, early.Rejection?.Reason);
        Assert.Equal(TimeSpan.FromSeconds(5), early.Rejection?.RetryAfter);
        Assert.True(onTime.IsGranted);
    }

    [Fact]
    public void Profile_completion_earns_once_ever()
    {
        poster.Do("profile_completed");
        poster.NextDay();

        var again = poster.Do("profile_completed");

        Assert.Equal("Limit reached for profile_completed (1 in total)", again.Rejection?.Detail);
        Assert.False(again.Rejection!.IsThrottle);
    }

    [Theory]
    [InlineData(0, "Lurker")]
    [InlineData(4000, "OG")]
    [InlineData(10_000, "Mythic")]
    public void Ranks_carry_the_seed_table_names(long xp, string rank) =>
        Assert.Equal(rank, Presets.Degentalk.Levels.ProgressFor(xp).LevelName);

    [Fact]
    public void The_first_thread_earns_a_one_off_badge()
    {
        var first = poster.Do("thread_created");
        poster.Now = poster.Now.AddMinutes(2);
        var second = poster.Do("thread_created");

        Assert.Equal("first_thread", Assert.Single(first.BadgesEarned).Subject);
        Assert.Empty(second.BadgesEarned);
    }

    [Fact]
    public void Reaching_rank_og_earns_the_og_badge()
    {
        poster.State.Xp = 3_990;

        var outcome = poster.Do("thread_created");

        Assert.Contains(outcome.BadgesEarned, b => b.Subject == "og");
        Assert.True(poster.State.HasBadge("og"));
    }
}
