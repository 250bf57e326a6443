using System.Net;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Paths;

/// <summary>Seed 003's paths: the primary path multiplies its actions' XP and collects path XP and a path level.</summary>
[Collection(SharedGateway.Name)]
public sealed class PathTests(GatewayFixture fixture)
{
    private const string App = "degentalk";

    private static readonly Credential Admin = Credential.All(App);

    private GatewayApi Api => fixture.Api;

    [Fact]
    public async Task The_primary_path_multiplies_its_actions_and_collects_their_xp_as_path_xp()
    {
        var (writer, plain) = (Users.New(), Users.New());

        var chosen = await Api.Put($"/api/users/{writer}/paths/primary", new { path_id = "writer" }, Admin);
        var thread = await Api.Gain(App, new { user_id = writer, action = "thread_created", target_type = "thread", target_id = Users.New() });
        var tip = await Api.Gain(App, new { user_id = writer, action = "tip_given" });
        var plainThread = await Api.Gain(App, new { user_id = plain, action = "thread_created", target_type = "thread", target_id = Users.New() });
        var paths = await Api.Get($"/api/users/{writer}/paths", Admin);

        Assert.Equal(HttpStatusCode.OK, chosen.Status);
        Assert.Equal("writer", (string?)chosen.Json["primary_path"]);
        Assert.Equal(15, (int)thread.Json["exp_added"]!);
        Assert.Equal(3, (int)tip.Json["exp_added"]!);
        Assert.Equal(10, (int)plainThread.Json["exp_added"]!);
        var path = paths.Json["paths"]!.AsArray().First(p => (string?)p!["path_id"] == "writer")!;
        Assert.Equal(18, (long)path["xp"]!);
        Assert.Equal(1, (int)path["level"]!);
        Assert.True((bool)path["primary"]!);
    }

    [Fact]
    public async Task Paths_are_listed_and_an_unknown_one_cannot_be_chosen()
    {
        var user = Users.New();

        var listed = (await Api.Get("/api/paths", Admin)).Json.AsArray();
        var unknown = await Api.Put($"/api/users/{user}/paths/primary", new { path_id = "astronaut" }, Admin);

        Assert.Contains(listed, p => (string?)p!["id"] == "trader" && (decimal)p["xp_multipliers"]!["tip_given"]! == 2m);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("path_id", unknown.ErrorFields);
    }

    [Fact]
    public async Task An_admin_edits_a_path_and_a_multiplier_for_an_unknown_action_is_422_naming_it()
    {
        var id = $"p_{Guid.NewGuid():N}"[..12];
        var user = Users.New();

        var created = await Api.Put($"/admin/rules/paths/{id}", new { name = "Tipper", xp_multipliers = new { tip_given = 3 } }, Admin);
        await Api.Put($"/api/users/{user}/paths/primary", new { path_id = id }, Admin);
        var tip = await Api.Gain(App, new { user_id = user, action = "tip_given" });
        var bad = await Api.Put($"/admin/rules/paths/{id}", new { name = "Tipper", xp_multipliers = new { no_such_action = 2 } }, Admin);
        var tooBig = await Api.Put($"/admin/rules/paths/{id}", new { name = "Tipper", xp_multipliers = new { tip_given = 50 } }, Admin);

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(9, (int)tip.Json["exp_added"]!);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        Assert.Contains($"$.paths.{id}.xp_multipliers.no_such_action", bad.ErrorFields);
        Assert.Contains($"$.paths.{id}.xp_multipliers.tip_given", tooBig.ErrorFields);
    }
}
