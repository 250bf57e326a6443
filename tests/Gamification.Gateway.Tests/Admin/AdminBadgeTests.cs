using System.Net;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Admin;

/// <summary>Seed 004 phase 3: admins create, change, list and grant special badges.</summary>
[Collection(SharedGateway.Name)]
public sealed class AdminBadgeTests(GatewayFixture fixture)
{
    private const string App = "academy";

    private GatewayApi Api => fixture.Api;

    [Fact]
    public async Task A_created_special_badge_is_listed_changed_and_granted()
    {
        var name = $"Mentor {Guid.NewGuid():N}"[..15];
        var user = Users.New();

        var created = await Api.Post("/admin/badges", new { name, description = "Helped ten learners" }, Credential.All(App));
        var id = (string)created.Json["id"]!;
        var changed = await Api.Put($"/admin/badges/{id}", new { name, description = "Helped twenty learners" }, Credential.All(App));
        var listed = (await Api.Get("/admin/badges?kind=special", Credential.All(App))).Json.AsArray();
        var granted = await Api.Post($"/admin/users/{user}/badges", new { badge_id = id }, Credential.All(App));
        var held = (await Api.Get($"/admin/users/{user}/badges", Credential.All(App))).Json.AsArray();

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal($"/admin/badges/{id}", created.Response.Headers.Location?.OriginalString);
        Assert.Equal(name.ToLowerInvariant().Replace(' ', '_'), id);
        Assert.Equal("special", (string?)created.Json["kind"]);
        Assert.Equal("Helped twenty learners", (string?)changed.Json["description"]);
        Assert.Contains(listed, b => (string?)b!["id"] == id);
        Assert.All(listed, b => Assert.Equal("special", (string?)b!["kind"]));
        Assert.Equal(HttpStatusCode.OK, granted.Status);
        var badge = Assert.Single(held)!;
        Assert.Equal(name, (string?)badge["name"]);
        Assert.Equal("Helped twenty learners", (string?)badge["description"]);
        Assert.NotNull((DateTimeOffset?)badge["earned_timestamp"]);
    }

    [Fact]
    public async Task A_second_grant_of_the_same_badge_keeps_one()
    {
        var user = Users.New();

        await Api.Post($"/admin/users/{user}/badges", new { badge_id = "community_hero" }, Credential.All(App));
        var again = await Api.Post($"/admin/users/{user}/badges", new { badge_id = "community_hero" }, Credential.All(App));

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Single((await Api.Progress(App, user))["badges"]!.AsArray());
    }

    [Fact]
    public async Task Creating_a_badge_with_a_taken_id_is_409()
    {
        var reply = await Api.Post("/admin/badges", new { id = "community_hero", name = "Impostor" }, Credential.All(App));

        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Contains("id", reply.ErrorFields);
    }

    [Fact]
    public async Task Changing_a_badge_that_does_not_exist_is_404_and_a_rule_badge_409()
    {
        var missing = await Api.Put("/admin/badges/no_such_badge", new { name = "Nothing" }, Credential.All(App));
        var ruleBadge = await Api.Put("/admin/badges/module_expert", new { name = "Renamed" }, Credential.All(App));

        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Contains("badge_id", missing.ErrorFields);
        Assert.Equal(HttpStatusCode.Conflict, ruleBadge.Status);
    }

    [Fact]
    public async Task Granting_an_unknown_badge_is_404_and_a_module_badge_422()
    {
        var user = Users.New();

        var unknown = await Api.Post($"/admin/users/{user}/badges", new { badge_id = "no_such_badge" }, Credential.All(App));
        var earnedOnly = await Api.Post($"/admin/users/{user}/badges", new { badge_id = "module_expert" }, Credential.All(App));

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("unknown_badge", (string?)unknown.Json["reason"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, earnedOnly.Status);
        Assert.Equal("badge_not_grantable", (string?)earnedOnly.Json["reason"]);
        Assert.Empty((await Api.Progress(App, user))["badges"]!.AsArray());
    }

    [Fact]
    public async Task An_xp_adjustment_is_kept_in_the_ledger_with_its_reason()
    {
        var user = Users.New();

        var reply = await Api.Post($"/admin/users/{user}/xp", new { delta = 40, reason = "forum migration" }, Credential.All(App));
        var history = (await Api.Get($"/api/users/{user}/history", Credential.Read(App))).Json;

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(40, (long?)reply.Json["total_exp"]);
        var line = Assert.Single(history["entries"]!.AsArray())!;
        Assert.Equal("adjustment", (string?)line["kind"]);
        Assert.Equal(40, (int?)line["granted"]);
        Assert.Equal("forum migration", (string?)line["note"]);
    }
}
