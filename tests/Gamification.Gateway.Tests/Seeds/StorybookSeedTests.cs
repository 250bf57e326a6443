using System.Net;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Seeds;

/// <summary>Seed 002's checklist over HTTP, against the storybook preset: persistent XP, linear levels, custom amounts.</summary>
[Collection(SharedGateway.Name)]
public sealed class StorybookSeedTests(GatewayFixture fixture)
{
    private const string App = "storybook";

    private GatewayApi Api => fixture.Api;

    [Fact]
    public async Task Creating_and_publishing_a_story_award_100_and_50_and_a_like_awards_the_author_5()
    {
        var (author, reader, story) = (Users.New("author"), Users.New("reader"), Users.Entity("story"));

        var created = await Api.Gain(App, new { user_id = author, action = "story_created", target_type = "story", target_id = story });
        var published = await Api.Gain(App, new { user_id = author, action = "story_published" });
        var liked = await Api.Gain(App, new { user_id = reader, action = "story_liked", target_type = "story", target_id = story });

        Assert.Equal(100, (int?)created.Json["exp_added"]);
        Assert.Equal(50, (int?)published.Json["exp_added"]);
        Assert.Equal(author, (string?)liked.Json["awarded_to"]);
        Assert.Equal(155, (long?)(await Api.Progress(App, author))["experience_points"]);
        Assert.Equal(0, (long?)(await Api.Progress(App, reader))["experience_points"]);
    }

    [Fact]
    public async Task Levels_are_500_xp_each_listing_the_first_20()
    {
        var levels = (await Api.Get("/api/levels", Credential.Read(App))).Json.AsObject();

        Assert.Equal(20, levels.Count);
        Assert.Equal(0, (long?)levels["1"]!["exp_required"]);
        Assert.Equal(500, (long?)levels["2"]!["exp_required"]);
        Assert.Equal(9500, (long?)levels["20"]!["exp_required"]);
    }

    [Fact]
    public async Task Reaching_500_xp_levels_up_to_2()
    {
        var user = Users.New();
        await Api.Gain(App, new { user_id = user, action = "special_event", amount = 400 });

        var body = (await Api.Gain(App, new { user_id = user, action = "story_created" })).Json;

        Assert.True((bool?)body["leveled_up"]);
        Assert.Equal(2, (int?)body["level"]);
        Assert.Equal(0, (long?)body["progress"]!["current_level_exp"]);
        Assert.Equal(1000, (long?)body["progress"]!["next_level_exp"]);
    }

    [Fact]
    public async Task Special_event_awards_its_custom_amount()
    {
        var user = Users.New();

        var reply = await Api.Gain(App, new { user_id = user, action = "special_event", amount = 250 });

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(250, (int?)reply.Json["exp_added"]);
        Assert.Equal(250, (long?)(await Api.Progress(App, user))["experience_points"]);
    }

    [Theory]
    [InlineData(null, "amount_required")]
    [InlineData(100_001, "amount_out_of_range")]
    public async Task Special_event_without_a_valid_amount_is_422(int? amount, string reason)
    {
        var user = Users.New();

        var reply = await Api.Gain(App, new { user_id = user, action = "special_event", amount });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal(reason, (string?)reply.Json["reason"]);
        Assert.Contains("amount", reply.ErrorFields);
        Assert.Equal(0, (long?)(await Api.Progress(App, user))["experience_points"]);
    }

    [Fact]
    public async Task Xp_never_goes_down_through_the_api()
    {
        var user = Users.New();
        await Api.Gain(App, new { user_id = user, action = "story_created" });

        var negative = await Api.Gain(App, new { user_id = user, action = "special_event", amount = -100 });
        var belowZero = await Api.Post($"/admin/users/{user}/xp", new { delta = -101, reason = "story deleted" }, Credential.All(App));

        Assert.Equal(HttpStatusCode.BadRequest, negative.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, belowZero.Status);
        Assert.Equal("invalid_adjustment", (string?)belowZero.Json["reason"]);
        Assert.Equal(100, (long?)(await Api.Progress(App, user))["experience_points"]);
    }

    [Fact]
    public async Task History_pages_through_the_ledger_newest_first()
    {
        var user = Users.New();
        foreach (var action in new[] { "story_created", "story_published", "friend_added" })
            await Api.Gain(App, new { user_id = user, action });

        var first = (await Api.Get($"/api/users/{user}/history?limit=2", Credential.Read(App))).Json;
        var next = (long?)first["next_before"];
        var second = (await Api.Get($"/api/users/{user}/history?limit=2&before={next}", Credential.Read(App))).Json;

        Assert.Equal(["friend_added", "story_published"], first["entries"]!.AsArray().Select(e => (string?)e!["subject"]));
        // The first story also started the storytelling streak, a line of its own.
        Assert.Equal(["daily_storytelling", "story_created"], second["entries"]!.AsArray().Select(e => (string?)e!["subject"]));
        Assert.Equal(100, (long?)second["entries"]![1]!["balance_after"]);
        Assert.Null((long?)second["next_before"]);
    }
}
