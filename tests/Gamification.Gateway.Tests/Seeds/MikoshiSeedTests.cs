using System.Net;
using System.Text.Json.Nodes;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Seeds;

/// <summary>Seeds 000 and 001's checklists over HTTP, against the mikoshi preset.</summary>
[Collection(SharedGateway.Name)]
public sealed class MikoshiSeedTests(GatewayFixture fixture)
{
    private const string App = "mikoshi";

    private GatewayApi Api => fixture.Api;

    [Theory]
    [InlineData("create_character", 30)]
    [InlineData("create_scene", 15)]
    [InlineData("create_persona", 15)]
    [InlineData("daily_chat", 20)]
    public async Task Each_action_awards_its_seed_amount(string action, int exp)
    {
        var user = Users.New();

        var reply = await Api.Gain(App, new { user_id = user, action });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(user, (string?)reply.Json["awarded_to"]);
        Assert.Equal(exp, (int?)reply.Json["exp_added"]);
        Assert.Equal(exp, (long?)(await Api.Progress(App, user))["experience_points"]);
    }

    [Fact]
    public async Task Success_body_has_seed_001_fields_and_figures()
    {
        var user = Users.New();
        Assert.Equal(HttpStatusCode.OK, (await Api.Post($"/admin/users/{user}/xp", new { delta = 100, reason = "seed example" }, Credential.All(App))).Status);

        var body = (await Api.Gain(App, new { user_id = user, action = "create_character" })).Json;

        Assert.Equal(user, (string?)body["awarded_to"]);
        Assert.Equal("create_character", (string?)body["action"]);
        Assert.True((bool?)body["success"]);
        Assert.Equal(30, (int?)body["exp_added"]);
        Assert.Equal(130, (long?)body["total_exp"]);
        Assert.Equal(2, (int?)body["level"]);
        Assert.Equal(150, (int?)body["daily_exp_cap"]);
        Assert.Equal(1, (int?)body["action_count"]);
        Assert.Equal(2, (int?)body["action_limit"]);
        var progress = body["progress"]!;
        Assert.Equal(2, (int?)progress["current_level"]);
        Assert.Equal("Creator", (string?)progress["level_name"]);
        Assert.Equal(130, (long?)progress["total_exp"]);
        Assert.Equal(30, (long?)progress["current_level_exp"]);
        Assert.Equal(200, (long?)progress["exp_needed_for_next"]);
        Assert.Equal(170, (long?)progress["exp_to_next_level"]);
        Assert.Equal(15.0, (double?)progress["progress_percentage"]);
        Assert.False((bool?)progress["is_max_level"]);
    }

    [Fact]
    public async Task Crossing_100_xp_levels_up_to_creator()
    {
        var user = Users.New();
        foreach (var action in new[] { "create_scene", "create_scene", "create_persona", "create_persona", "create_character" })
            Assert.False((bool?)(await Api.Gain(App, new { user_id = user, action })).Json["leveled_up"]);

        var body = (await Api.Gain(App, new { user_id = user, action = "create_character" })).Json;

        Assert.True((bool?)body["leveled_up"]);
        Assert.Equal(120, (long?)body["total_exp"]);
        Assert.Equal("Creator", (string?)body["progress"]!["level_name"]);
    }

    [Fact]
    public async Task A_like_awards_the_characters_creator_not_the_liker()
    {
        var (creator, liker) = (Users.New("creator"), Users.New("liker"));
        var characterId = Random.Shared.NextInt64(1, long.MaxValue);
        await Api.Gain(App, new { user_id = creator, action = "create_character", target_type = "character", target_id = characterId });

        var like = await Api.Gain(App, new { user_id = liker, action = "character_liked", target_type = "character", target_id = characterId });

        Assert.Equal(HttpStatusCode.OK, like.Status);
        Assert.Equal(creator, (string?)like.Json["awarded_to"]);
        Assert.Equal(5, (int?)like.Json["exp_added"]);
        Assert.Equal(35, (long?)(await Api.Progress(App, creator))["experience_points"]);
        Assert.Equal(0, (long?)(await Api.Progress(App, liker))["experience_points"]);
    }

    [Fact]
    public async Task Daily_chat_awards_once_per_utc_day_and_again_after_midnight()
    {
        var user = Users.New();
        Assert.Equal(HttpStatusCode.OK, (await Api.Gain(App, new { user_id = user, action = "daily_chat" })).Status);

        var again = await Api.Gain(App, new { user_id = user, action = "daily_chat" });
        Assert.Equal(HttpStatusCode.TooManyRequests, again.Status);
        Assert.Equal("Daily limit reached for daily_chat (1/day)", (string?)again.Json["detail"]);
        Assert.Equal(fixture.SecondsToMidnight().ToString(), again.Header("Retry-After"));

        fixture.PassMidnight();
        var tomorrow = await Api.Gain(App, new { user_id = user, action = "daily_chat" });

        Assert.Equal(HttpStatusCode.OK, tomorrow.Status);
        Assert.Equal(40, (long?)tomorrow.Json["total_exp"]);
    }

    [Fact]
    public async Task Third_character_of_the_day_is_429_with_seed_001s_detail()
    {
        var user = Users.New();
        await Api.Gain(App, new { user_id = user, action = "create_character" });
        await Api.Gain(App, new { user_id = user, action = "create_character" });

        var third = await Api.Gain(App, new { user_id = user, action = "create_character" });

        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
        Assert.Equal("application/problem+json", third.ContentType);
        Assert.Equal("Daily limit reached for create_character (2/day)", (string?)third.Json["detail"]);
        Assert.Equal("daily_limit_reached", (string?)third.Json["reason"]);
        Assert.True(int.Parse(third.Header("Retry-After")!) > 0);
        Assert.Equal(60, (long?)(await Api.Progress(App, user))["experience_points"]);
    }

    [Fact]
    public async Task Daily_cap_awards_up_to_the_cap_then_refuses_with_429()
    {
        var (seller, buyer) = (Users.New("seller"), Users.New("buyer"));
        var character = Users.Entity("character");
        await Api.Gain(App, new { user_id = seller, action = "create_character", target_type = "character", target_id = character });
        await Api.Gain(App, new { user_id = buyer, action = "paid_char_sold", target_type = "character", target_id = character });
        await Api.Gain(App, new { user_id = buyer, action = "paid_char_sold", target_type = "character", target_id = character });

        var partial = await Api.Gain(App, new { user_id = buyer, action = "paid_char_sold", target_type = "character", target_id = character });
        var refused = await Api.Gain(App, new { user_id = buyer, action = "paid_char_sold", target_type = "character", target_id = character });

        Assert.Equal(HttpStatusCode.OK, partial.Status);
        Assert.Equal(20, (int?)partial.Json["exp_added"]);
        Assert.Equal(150, (long?)partial.Json["total_exp"]);
        Assert.Equal(150, (int?)partial.Json["daily_exp_gained"]);
        Assert.Contains(partial.Json["ledger"]!.AsArray(), line => (string?)line!["cut_by"] == "daily_cap");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("Daily EXP cap reached (150 EXP/day for level 2)", (string?)refused.Json["detail"]);
        Assert.Equal(150, (long?)(await Api.Progress(App, seller))["experience_points"]);
    }

    [Fact]
    public async Task A_repeated_idempotency_key_answers_the_original_figures_and_awards_once()
    {
        var user = Users.New();
        var first = await Api.Gain(App, new { user_id = user, action = "create_scene", idempotency_key = "scene-1" });

        var repeat = await Api.Gain(App, new { user_id = user, action = "create_scene", idempotency_key = "scene-1" });
        var byHeader = await Api.Send(HttpMethod.Post, "/api/exp/gain", Credential.All(App),
            GatewayApi.Json(new { user_id = user, action = "create_scene" }), r => r.Headers.Add("Idempotency-Key", "scene-1"));

        Assert.Equal("granted", (string?)first.Json["status"]);
        Assert.Equal(HttpStatusCode.OK, repeat.Status);
        Assert.Equal("duplicate", (string?)repeat.Json["status"]);
        Assert.Equal(15, (int?)repeat.Json["exp_added"]);
        Assert.Equal(15, (long?)repeat.Json["total_exp"]);
        Assert.Equal("duplicate", (string?)byHeader.Json["status"]);
        Assert.Equal(15, (long?)(await Api.Progress(App, user))["experience_points"]);
    }

    [Fact]
    public async Task Levels_are_seed_001s_table()
    {
        var levels = (await Api.Get("/api/levels", Credential.Read(App))).Json.AsObject();

        string[] names = ["Newbie", "Creator", "Advanced", "Pro", "Elite", "Master"];
        long[] required = [0, 100, 300, 600, 1000, 1500];
        Assert.Equal(["1", "2", "3", "4", "5", "6"], levels.Select(l => l.Key));
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(names[i], (string?)levels[$"{i + 1}"]!["name"]);
            Assert.Equal(required[i], (long?)levels[$"{i + 1}"]!["exp_required"]);
        }
        Assert.Equal("Create chars, scenes, personas", (string?)levels["1"]!["unlock"]);
        Assert.Equal("Creator badge, early revenue tools", (string?)levels["6"]!["unlock"]);
    }

    [Fact]
    public async Task Limits_report_todays_usage_in_seed_001s_shape()
    {
        var user = Users.New();
        await Api.Gain(App, new { user_id = user, action = "create_character" });
        await Api.Gain(App, new { user_id = user, action = "daily_chat" });

        var limits = (await Api.Get($"/api/exp/limits?user_id={user}", Credential.Read(App))).Json;

        Assert.Equal(1, (int?)limits["level"]);
        Assert.Equal(50, (int?)limits["daily_exp_gained"]);
        Assert.Equal(150, (int?)limits["daily_exp_cap"]);
        Assert.Equal(100, (int?)limits["remaining_exp"]);
        Assert.Equal(1, (int?)limits["daily_action_counts"]!["create_character"]);
        Assert.Equal(1, (int?)limits["daily_action_counts"]!["daily_chat"]);
        var actionLimits = limits["action_limits"]!.AsObject();
        Assert.Equal(1, (int?)actionLimits["daily_chat"]);
        Assert.Equal(2, (int?)actionLimits["create_character"]);
        Assert.Equal(20, (int?)actionLimits["character_liked"]);
        Assert.True(actionLimits.ContainsKey("forked"));
        Assert.Null(actionLimits["forked"]);
        Assert.Null(actionLimits["paid_char_sold"]);
        Assert.Equal(20, (int?)limits["exp_rewards"]!["daily_chat"]);
        Assert.Equal(50, (int?)limits["exp_rewards"]!["paid_char_sold"]);
    }

    [Fact]
    public async Task Chat_milestone_awards_10_at_the_50th_user_message_of_a_conversation()
    {
        var (user, conversation) = (Users.New(), Users.Entity("conversation"));
        JsonNode? last = null;
        for (var i = 1; i <= 50; i++)
        {
            last = (await Api.Post($"/api/modules/{conversation}/messages", new { user_id = user }, Credential.All(App))).Json;
            if (i < 50)
                Assert.Empty(last["awards"]!.AsArray());
        }

        Assert.Equal(50, (int?)last!["message_count"]);
        var award = Assert.Single(last["awards"]!.AsArray());
        Assert.Equal("chat_used_50", (string?)award!["action"]);
        Assert.Equal(10, (int?)award["exp_added"]);
        Assert.Equal(10, (long?)(await Api.Progress(App, user))["experience_points"]);
    }

    [Fact]
    public async Task Reaching_1500_xp_shows_master_as_the_max_level()
    {
        var user = Users.New();

        await Api.Post($"/admin/users/{user}/xp", new { delta = 1500, reason = "migrated from the old system" }, Credential.All(App));

        var progress = (await Api.Progress(App, user))["progress"]!;
        Assert.Equal(6, (int?)progress["current_level"]);
        Assert.Equal("Master", (string?)progress["level_name"]);
        Assert.True((bool?)progress["is_max_level"]);
    }
}
