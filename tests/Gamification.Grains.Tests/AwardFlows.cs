using Gamification.Contracts.Awards;
using Gamification.Contracts.Modules;
using Gamification.Contracts.Rulesets;
using Gamification.Testing;

namespace Gamification.Grains.Tests;

/// <summary>What the grains do together: routing to creators, modules, badges, grades, history.</summary>
public abstract class AwardFlows(TestSilo silo)
{
    private readonly Gamification.Client.IGamificationClient client = silo.Client;

    [Fact]
    public async Task Creating_with_a_target_registers_the_creator_and_a_like_reaches_them()
    {
        var (creator, liker, character) = (Fresh.Id(), Fresh.Id(), Fresh.Id("c"));
        await client.AwardAsync("mikoshi", new AwardCommand(creator, "create_character", Fresh.Key(), new EntityTarget("character", character)));

        var like = await client.AwardAsync("mikoshi", new AwardCommand(liker, "character_liked", Fresh.Key(), new EntityTarget("character", character)));

        Assert.Equal((AwardStatus.Granted, creator, 5, 35L), (like.Status, like.AwardedTo, like.ExpAdded, like.TotalExp));
        Assert.Equal(liker, Assert.Single(like.Ledger).ActorUserId);
        Assert.Equal(0, (await client.GetProfileAsync("mikoshi", liker)).ExperiencePoints);
    }

    [Fact]
    public async Task A_creator_liking_their_own_character_earns_nothing()
    {
        var (creator, character) = (Fresh.Id(), Fresh.Id("c"));
        await client.RegisterEntityAsync("mikoshi", "character", character, creator);

        var like = await client.AwardAsync("mikoshi", new AwardCommand(creator, "character_liked", Fresh.Key(), new EntityTarget("character", character)));

        Assert.Equal("self_award", like.Refusal?.Reason);
        Assert.False((await client.GetProfileAsync("mikoshi", creator)).Exists);
    }

    [Fact]
    public async Task A_like_on_a_character_nobody_registered_is_refused()
    {
        var like = await client.AwardAsync("mikoshi", new AwardCommand(Fresh.Id(), "character_liked", Fresh.Key(), new EntityTarget("character", Fresh.Id("c"))));

        Assert.Equal(("unknown_target", false), (like.Refusal?.Reason, like.Refusal?.IsThrottle));
    }

    [Fact]
    public async Task Registering_an_entity_twice_keeps_the_first_creator()
    {
        var (first, second, story) = (Fresh.Id(), Fresh.Id(), Fresh.Id("s"));
        await client.RegisterEntityAsync("storybook", "story", story, first);

        var again = await client.RegisterEntityAsync("storybook", "story", story, second);

        Assert.Equal(first, again.CreatorUserId);
    }

    [Fact]
    public async Task A_retried_key_is_answered_with_the_original_figures()
    {
        var (user, key) = (Fresh.Id(), Fresh.Key());
        var first = await client.AwardAsync("storybook", new AwardCommand(user, "story_created", key));
        await client.AwardAsync("storybook", new AwardCommand(user, "story_published", Fresh.Key()));

        var retry = await client.AwardAsync("storybook", new AwardCommand(user, "story_created", key));

        Assert.Equal((AwardStatus.Duplicate, 100, 100L), (retry.Status, retry.ExpAdded, retry.TotalExp));
        Assert.Equal(150, (await client.GetProfileAsync("storybook", user)).ExperiencePoints);
        Assert.Equal(AwardStatus.Granted, first.Status);
    }

    [Fact]
    public async Task History_reads_newest_first_in_pages_and_explains_each_line()
    {
        var user = Fresh.Id();
        foreach (var action in new[] { "story_created", "story_published", "friend_added", "story_read", "story_read" })
            await client.AwardAsync("storybook", new AwardCommand(user, action, Fresh.Key()));

        var first = await client.GetHistoryAsync("storybook", user, limit: 3);
        var second = await client.GetHistoryAsync("storybook", user, first.NextBefore, limit: 3);

        Assert.Equal(["story_read", "story_read", "friend_added"], first.Entries.Select(e => e.Subject));
        // The first story also started the day's storytelling streak, a line of its own.
        Assert.Equal(["story_published", "daily_storytelling", "story_created"], second.Entries.Select(e => e.Subject));
        Assert.Null(second.NextBefore);
        Assert.Equal((100, 100, 100L, 1), (second.Entries[2].Requested, second.Entries[2].Granted, second.Entries[2].BalanceAfter, second.Entries[2].RulesetVersion));
    }

    [Fact]
    public async Task Every_50th_message_in_a_conversation_awards_the_chat_milestone()
    {
        var (user, conversation) = (Fresh.Id(), Fresh.Id("conv"));
        var milestones = new List<int>();
        for (var i = 1; i <= 100; i++)
        {
            var message = await client.RecordMessageAsync("mikoshi", conversation, new MessageCommand(user, Fresh.Key()));
            if (message.Awards.Any(a => a.Action == "chat_used_50" && a.Status == AwardStatus.Granted))
                milestones.Add(message.MessageCount);
        }

        Assert.Equal([50, 100], milestones);
        Assert.Equal(20, (await client.GetProfileAsync("mikoshi", user)).ExperiencePoints);
    }

    [Fact]
    public async Task The_module_expert_badge_comes_with_the_250th_message()
    {
        var (user, module) = (Fresh.Id(), Fresh.Id("mod"));
        for (var i = 1; i < 250; i++)
            await client.RecordMessageAsync("academy", module, new MessageCommand(user, Fresh.Key()));

        var message250 = await client.RecordMessageAsync("academy", module, new MessageCommand(user, Fresh.Key()));
        var profile = await client.GetProfileAsync("academy", user);

        Assert.Contains(message250.Awards, a => a.BadgesEarned.Contains("module_expert"));
        var badge = Assert.Single(profile.Badges);
        Assert.Equal(("Module Expert Contributor", module), (badge.Name, badge.ModuleId));
        Assert.Equal(5 + 250 * 2, profile.ExperiencePoints);
        Assert.Equal("InProgress", Assert.Single(await client.GetModuleMembersAsync("academy", module)).CompletionStatus);
    }

    [Fact]
    public async Task A_retry_after_the_cap_was_reached_answers_the_original_award_not_a_refusal()
    {
        var (user, key) = (Fresh.Id(), Fresh.Key());
        await client.AwardAsync("mikoshi", new AwardCommand(user, "chat_used_50", key));
        // 150 XP cap at level 1, 10 XP each: enough awards to push the key out of the state's recent receipts and hit the cap.
        AwardResult last;
        do
            last = await client.AwardAsync("mikoshi", new AwardCommand(user, "chat_used_50", Fresh.Key()));
        while (last.Status == AwardStatus.Granted);

        var retry = await client.AwardAsync("mikoshi", new AwardCommand(user, "chat_used_50", key));

        Assert.Equal("daily_cap_reached", last.Refusal?.Reason);
        Assert.Equal((AwardStatus.Duplicate, 10, 10L), (retry.Status, retry.ExpAdded, retry.TotalExp));
        Assert.Equal(150, (await client.GetProfileAsync("mikoshi", user)).ExperiencePoints);
    }

    [Fact]
    public async Task A_retried_milestone_message_does_not_award_again()
    {
        var (user, conversation) = (Fresh.Id(), Fresh.Id("conv"));
        for (var i = 1; i < 50; i++)
            await client.RecordMessageAsync("mikoshi", conversation, new MessageCommand(user, Fresh.Key()));
        var key = Fresh.Key();
        await client.RecordMessageAsync("mikoshi", conversation, new MessageCommand(user, key));

        var retry = await client.RecordMessageAsync("mikoshi", conversation, new MessageCommand(user, key));

        Assert.True(retry.Duplicate);
        Assert.Equal(AwardStatus.Duplicate, Assert.Single(retry.Awards).Status);
        Assert.Equal(10, (await client.GetProfileAsync("mikoshi", user)).ExperiencePoints);
    }

    [Fact]
    public async Task An_admin_creates_a_special_badge_and_grants_it_once()
    {
        var (user, badge) = (Fresh.Id(), Fresh.Id("badge").Replace('-', '_'));
        var change = await client.PutBadgeAsync("academy", new BadgeDefinition(badge, "Early Bird", "Joined in the first week"));

        var granted = await client.GrantBadgeAsync("academy", user, new BadgeCommand(badge, null, "admin-1"));
        var again = await client.GrantBadgeAsync("academy", user, new BadgeCommand(badge, null, "admin-1"));

        Assert.True(change.Applied);
        Assert.Contains(change.Ruleset!.Badges, b => b.Id == badge && b.Kind == "special");
        Assert.Equal((AwardStatus.Granted, AwardStatus.Duplicate), (granted.Status, again.Status));
        Assert.Equal("Early Bird", Assert.Single((await client.GetProfileAsync("academy", user)).Badges).Name);
    }

    [Fact]
    public async Task A_paid_user_reaches_the_paid_grades()
    {
        var user = Fresh.Id();
        await client.AdjustAsync("academy", user, new AdjustCommand(3000, "migrated", "admin-1", Fresh.Key()));

        var free = await client.GetProfileAsync("academy", user);
        var paid = await client.SetUserTypeAsync("academy", user, "Paid");

        Assert.Equal(("Pathfinder", "Master"), (free.CurrentGrade?.Name, paid.CurrentGrade?.Name));
    }

    [Fact]
    public async Task Watching_a_live_stream_earns_per_full_minute()
    {
        var (user, stream) = (Fresh.Id(), Fresh.Id("live"));
        var earned = 0;
        for (var beat = 0; beat <= 12; beat++)
        {
            earned += (await client.WatchAsync("academy", user, new WatchCommand(stream, "live", Fresh.Key()))).ExpAdded;
            silo.Clock.Advance(TimeSpan.FromSeconds(15));
        }

        Assert.Equal(5 + 3 * 2, earned);
    }
}

public sealed class AwardFlowsOnSqlite(SqliteSilo fixture) : AwardFlows(fixture.Silo), IClassFixture<SqliteSilo>;

public sealed class AwardFlowsOnPostgres(PostgresSilo fixture) : AwardFlows(fixture.Silo), IClassFixture<PostgresSilo>;
