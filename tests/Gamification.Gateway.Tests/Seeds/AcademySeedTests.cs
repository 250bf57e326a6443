using System.Net;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Seeds;

/// <summary>Seed 004's checklist over HTTP, against the academy preset: daily reward, grades, module badges, watching.</summary>
[Collection(SharedGateway.Name)]
public sealed class AcademySeedTests(GatewayFixture fixture)
{
    private const string App = "academy";

    private GatewayApi Api => fixture.Api;

    [Fact]
    public async Task The_first_action_of_each_utc_day_adds_the_daily_reward_of_5()
    {
        var user = Users.New();

        var first = await Api.Gain(App, new { user_id = user, action = "live_comment" });
        var second = await Api.Gain(App, new { user_id = user, action = "live_comment" });
        fixture.PassMidnight();
        var nextDay = await Api.Gain(App, new { user_id = user, action = "live_comment" });

        Assert.Equal(7, (long?)first.Json["total_exp"]);
        Assert.Contains(first.Json["ledger"]!.AsArray(), line => (string?)line!["kind"] == "daily_reward" && (int?)line["granted"] == 5);
        Assert.Equal(9, (long?)second.Json["total_exp"]);
        Assert.Equal(16, (long?)nextDay.Json["total_exp"]);
    }

    [Fact]
    public async Task A_user_token_opening_the_app_earns_only_the_daily_reward()
    {
        var user = Users.New();

        var reply = await Api.Post("/api/exp/gain", new { action = "daily_check" }, Credential.User(App, user));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(user, (string?)reply.Json["awarded_to"]);
        Assert.Equal(5, (long?)(await Api.Progress(App, user))["experience_points"]);
    }

    [Fact]
    public async Task Grades_follow_xp_and_the_user_type()
    {
        var user = Users.New();
        Assert.Equal("Rookie", (string?)(await Api.Progress(App, user))["current_grade"]?["name"]);

        await Api.Post($"/admin/users/{user}/xp", new { delta = 100, reason = "workshop" }, Credential.All(App));
        var apprentice = (await Api.Progress(App, user))["current_grade"]!;
        await Api.Post($"/admin/users/{user}/xp", new { delta = 2400, reason = "course completed" }, Credential.All(App));
        var free = (await Api.Progress(App, user))["current_grade"]!;
        var paid = (await Api.Put($"/admin/users/{user}/type", new { user_type = "Paid" }, Credential.All(App))).Json;

        Assert.Equal("Apprentice", (string?)apprentice["name"]);
        Assert.Equal("/assets/grades/apprentice.json", (string?)apprentice["animation_asset_url"]);
        Assert.Equal("Pathfinder", (string?)free["name"]);
        Assert.Equal("Paid", (string?)paid["user_type"]);
        Assert.Equal("Master", (string?)paid["current_grade"]!["name"]);
    }

    [Fact]
    public async Task The_250th_module_message_earns_the_module_expert_badge()
    {
        var (user, module) = (Users.New(), Users.Entity("module"));
        for (var i = 1; i < 250; i++)
            await Api.Post($"/api/modules/{module}/messages", new { user_id = user }, Credential.All(App));
        Assert.Empty((await Api.Progress(App, user))["badges"]!.AsArray());

        var last = await Api.Post($"/api/modules/{module}/messages", new { user_id = user }, Credential.All(App));

        Assert.Equal(250, (int?)last.Json["message_count"]);
        var badge = Assert.Single((await Api.Progress(App, user))["badges"]!.AsArray())!;
        Assert.Equal("Module Expert Contributor", (string?)badge["name"]);
        Assert.Equal("250 discussion messages in one module", (string?)badge["description"]);
        Assert.Equal(fixture.Clock.GetUtcNow(), (DateTimeOffset?)badge["earned_timestamp"]);
        var members = (await Api.Get($"/api/modules/{module}/users", Credential.Read(App))).Json.AsArray();
        Assert.Equal(250, (int?)Assert.Single(members)!["discussion_message_count"]);
    }

    [Fact]
    public async Task Completion_status_is_kept_per_user_and_module()
    {
        var (user, module) = (Users.New(), Users.Entity("module"));

        var set = await Api.Put($"/api/modules/{module}/users/{user}", new { completion_status = "Completed" }, Credential.All(App));
        var asAdmin = (await Api.Get($"/admin/modules/{module}/users", Credential.All(App))).Json.AsArray();

        Assert.Equal(HttpStatusCode.OK, set.Status);
        Assert.Equal("Completed", (string?)set.Json["completion_status"]);
        var member = Assert.Single(asAdmin)!;
        Assert.Equal(user, (string?)member["user_id"]);
        Assert.Equal("Completed", (string?)member["completion_status"]);
    }

    [Fact]
    public async Task Watching_earns_per_full_minute_once_whatever_the_heartbeats()
    {
        var (user, stream) = (Users.New(), Users.Entity("stream"));
        var beat = new { user_id = user, stream_id = stream, kind = "live" };

        var start = await Api.Post("/api/watch/heartbeat", beat, Credential.All(App));
        fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        var half = await Api.Post("/api/watch/heartbeat", beat, Credential.All(App));
        fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        var minute = await Api.Post("/api/watch/heartbeat", beat, Credential.All(App));
        var retried = await Api.Send(HttpMethod.Post, "/api/watch/heartbeat", Credential.All(App), GatewayApi.Json(beat),
            r => r.Headers.Add("Idempotency-Key", "beat-1"));
        var retriedAgain = await Api.Send(HttpMethod.Post, "/api/watch/heartbeat", Credential.All(App), GatewayApi.Json(beat),
            r => r.Headers.Add("Idempotency-Key", "beat-1"));

        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Equal(5, (long?)start.Json["total_exp"]);
        Assert.Equal(5, (long?)half.Json["total_exp"]);
        Assert.Equal(7, (long?)minute.Json["total_exp"]);
        Assert.Equal(7, (long?)retried.Json["total_exp"]);
        Assert.Equal("duplicate", (string?)retriedAgain.Json["status"]);
        Assert.Equal(7, (long?)(await Api.Progress(App, user))["experience_points"]);
    }

    [Fact]
    public async Task Watching_in_an_app_without_watch_rules_is_422()
    {
        var reply = await Api.Post("/api/watch/heartbeat", new { user_id = Users.New(), stream_id = "s1", kind = "replay" }, Credential.All("mikoshi"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Equal("watch_not_configured", (string?)reply.Json["reason"]);
    }
}
