using System.Net;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Api;

/// <summary>Rules that refuse an event answer a problem naming the field, and change nothing.</summary>
[Collection(SharedGateway.Name)]
public sealed class RefusalTests(GatewayFixture fixture)
{
    private GatewayApi Api => fixture.Api;

    [Fact]
    public async Task Unknown_action_is_422_naming_the_known_actions()
    {
        var reply = await Api.Gain("mikoshi", new { user_id = Users.New(), action = "teleport" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal("unknown_action", (string?)reply.Json["reason"]);
        Assert.Contains("create_character", (string?)reply.Json["detail"], StringComparison.Ordinal);
        Assert.Contains("action", reply.ErrorFields);
    }

    [Fact]
    public async Task A_like_of_a_character_nobody_registered_is_404()
    {
        var reply = await Api.Gain("mikoshi", new { user_id = Users.New(), action = "character_liked", target_type = "character", target_id = Users.Entity("ghost") });

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("unknown_target", (string?)reply.Json["reason"]);
        Assert.Contains("target_id", reply.ErrorFields);
    }

    [Fact]
    public async Task Liking_your_own_character_is_422_and_earns_nothing()
    {
        var (creator, character) = (Users.New(), Users.Entity("character"));
        await Api.Gain("mikoshi", new { user_id = creator, action = "create_character", target_type = "character", target_id = character });

        var reply = await Api.Gain("mikoshi", new { user_id = creator, action = "character_liked", target_type = "character", target_id = character });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal("self_award", (string?)reply.Json["reason"]);
        Assert.Equal(30, (long?)(await Api.Progress("mikoshi", creator))["experience_points"]);
    }

    [Fact]
    public async Task A_fixed_amount_action_sent_with_an_amount_is_422()
    {
        var reply = await Api.Gain("storybook", new { user_id = Users.New(), action = "story_created", amount = 5000 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal("amount_not_allowed", (string?)reply.Json["reason"]);
        Assert.Contains("amount", reply.ErrorFields);
    }

    [Fact]
    public async Task Registering_an_entity_again_for_another_creator_is_409()
    {
        var (entity, creator) = (Users.Entity("character"), Users.New());
        var first = await Api.Post("/api/entities", new { type = "character", id = entity, creator_user_id = creator }, Credential.All("mikoshi"));

        var same = await Api.Post("/api/entities", new { type = "character", id = entity, creator_user_id = creator }, Credential.All("mikoshi"));
        var other = await Api.Post("/api/entities", new { type = "character", id = entity, creator_user_id = Users.New() }, Credential.All("mikoshi"));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(creator, (string?)first.Json["creator_user_id"]);
        Assert.Equal(HttpStatusCode.OK, same.Status);
        Assert.Equal(HttpStatusCode.Conflict, other.Status);
        Assert.Contains("creator_user_id", other.ErrorFields);
    }

    [Fact]
    public async Task A_registered_entitys_likes_reach_its_creator()
    {
        var (entity, creator) = (Users.Entity("character"), Users.New());
        await Api.Post("/api/entities", new { type = "character", id = entity, creator_user_id = creator }, Credential.All("mikoshi"));

        var like = await Api.Gain("mikoshi", new { user_id = Users.New(), action = "character_liked", target_type = "character", target_id = entity });

        Assert.Equal(creator, (string?)like.Json["awarded_to"]);
        Assert.Equal(5, (long?)(await Api.Progress("mikoshi", creator))["experience_points"]);
    }

    [Fact]
    public async Task A_token_of_an_app_this_cluster_does_not_serve_is_404()
    {
        var user = Users.New();

        var reply = await Api.Get($"/api/users/{user}/progress", Credential.User("atlantis", user));

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.Contains("not configured", (string?)reply.Json["detail"], StringComparison.Ordinal);
    }
}
