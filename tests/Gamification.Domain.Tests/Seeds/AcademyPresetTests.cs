using Gamification.Domain.Awards;
using Gamification.Domain.Modules;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Tests.Seeds;

/// <summary>Seed 004's rules (step 5.2: thresholds, first login, duplicate badges, admin grants), against the academy preset.</summary>
public sealed class AcademyPresetTests
{
    private readonly Journey learner = new(Presets.Academy);

    [Fact]
    public void The_first_action_of_a_utc_day_also_earns_the_daily_reward_of_5()
    {
        var first = learner.Do("live_comment");
        var second = learner.Do("live_comment");

        Assert.Equal(7, first.XpAdded);
        Assert.Equal([LedgerKind.DailyReward, LedgerKind.Action], first.Entries.Select(e => e.Kind));
        Assert.Equal(2, second.XpAdded);
    }

    [Fact]
    public void The_daily_reward_comes_again_after_utc_midnight()
    {
        learner.Now = new DateTimeOffset(2026, 11, 21, 23, 59, 0, TimeSpan.Zero);
        learner.Do("live_comment");
        learner.Now = new DateTimeOffset(2026, 11, 22, 0, 0, 30, TimeSpan.Zero);

        var afterMidnight = learner.Do("live_comment");

        Assert.Equal(7, afterMidnight.XpAdded);
        Assert.Equal("daily-reward:2026-11-22", afterMidnight.Entries[0].Key);
    }

    [Fact]
    public void Daily_check_earns_only_the_reward()
    {
        var outcome = learner.Do("daily_check");

        Assert.Equal(5, outcome.XpAdded);
    }

    [Theory]
    [InlineData(0, UserType.Free, "Rookie")]
    [InlineData(99, UserType.Free, "Rookie")]
    [InlineData(100, UserType.Free, "Apprentice")]
    [InlineData(3000, UserType.Free, "Pathfinder")]
    [InlineData(3000, UserType.Paid, "Master")]
    [InlineData(20000, UserType.Free, "Pathfinder")]
    [InlineData(20000, UserType.Paid, "Illuminati")]
    public void Grade_is_the_highest_that_matches_xp_and_user_type(long xp, UserType type, string grade) =>
        Assert.Equal(grade, Presets.Academy.GradeFor(xp, type)?.Name);

    [Fact]
    public void Reaching_a_grade_threshold_reports_the_grade_change()
    {
        learner.State.Xp = 98;

        var outcome = learner.Do("live_comment");

        Assert.True(outcome.GradeChanged);
        Assert.Equal("Apprentice", outcome.Grade?.Name);
        Assert.Equal("/assets/grades/apprentice.json", outcome.Grade?.AnimationAssetUrl);
    }

    [Fact]
    public void The_module_expert_badge_comes_at_exactly_250_messages_and_only_once()
    {
        var module = new ModuleProgress();
        var reachedAt = new List<int>();
        for (var i = 1; i <= 300; i++)
        {
            var message = ModuleEngine.RecordMessage(module, Presets.Academy, "alice", $"m{i}");
            module.Apply(message);
            Assert.Equal("group_message", message.Action);
            foreach (var milestone in message.Reached)
            {
                reachedAt.Add(message.Count);
                Assert.True(learner.GrantBadge(milestone.Badge!, scope: "module-7").IsGranted);
            }
        }
        var again = learner.GrantBadge("module_expert", scope: "module-7");

        Assert.Equal([250], reachedAt);
        Assert.Equal(AwardStatus.Duplicate, again.Status);
        Assert.Single(learner.State.Badges, b => b.BadgeId == "module_expert" && b.Scope == "module-7");
    }

    [Fact]
    public void Module_expert_is_held_once_per_module()
    {
        learner.GrantBadge("module_expert", scope: "module-1");
        learner.GrantBadge("module_expert", scope: "module-2");

        Assert.Equal(2, learner.State.Badges.Count);
    }

    [Fact]
    public void A_retried_message_is_not_counted_twice()
    {
        var module = new ModuleProgress();
        module.Apply(ModuleEngine.RecordMessage(module, Presets.Academy, "alice", "m1"));

        var retry = ModuleEngine.RecordMessage(module, Presets.Academy, "alice", "m1");
        module.Apply(retry);

        Assert.True(retry.Duplicate);
        Assert.Equal(1, retry.Count);
        Assert.Equal("group_message", retry.Action);
        Assert.Equal(1, module.Members["alice"].Messages);
        Assert.Equal(ModuleStatus.InProgress, module.Members["alice"].Status);
    }

    [Fact]
    public void A_retried_milestone_message_names_its_milestone_again_so_it_can_be_redelivered()
    {
        var module = new ModuleProgress();
        for (var i = 1; i <= 250; i++)
            module.Apply(ModuleEngine.RecordMessage(module, Presets.Academy, "alice", $"m{i}"));

        var retry = ModuleEngine.RecordMessage(module, Presets.Academy, "alice", "m250");

        Assert.True(retry.Duplicate);
        Assert.Equal("module_expert", Assert.Single(retry.Reached).Id);
        Assert.Equal(250, module.Members["alice"].Messages);
    }

    [Fact]
    public void An_admin_grants_a_special_badge_once()
    {
        var first = learner.GrantBadge("community_hero", admin: "admin-1");
        var second = learner.GrantBadge("community_hero", admin: "admin-1");

        Assert.True(first.IsGranted);
        Assert.Equal("badge:community_hero", Assert.Single(first.Entries).Key);
        Assert.Equal(AwardStatus.Duplicate, second.Status);
        Assert.Single(learner.State.Badges);
    }

    [Fact]
    public void Special_badges_need_an_admin_and_module_badges_a_module()
    {
        Assert.Equal(RejectionReason.BadgeNotGrantable, learner.GrantBadge("community_hero").Rejection?.Reason);
        Assert.Equal(RejectionReason.BadgeNotGrantable, learner.GrantBadge("module_expert", admin: "admin-1").Rejection?.Reason);
        Assert.Equal(RejectionReason.UnknownBadge, learner.GrantBadge("no_such_badge", admin: "admin-1").Rejection?.Reason);
        Assert.Empty(learner.State.Badges);
    }
}
