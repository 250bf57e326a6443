using System.Net;
using System.Text.Json.Nodes;
using Gamification.Gateway.Tests.Fixtures;
using Gamification.Testing;

namespace Gamification.Gateway.Tests.Leaderboards;

/// <summary>Seed 003's leaderboards over HTTP: top, own rank and neighbours, exclusions, rebuild, and their errors.</summary>
[Collection(SharedGateway.Name)]
public sealed class LeaderboardEndpointTests(GatewayFixture fixture)
{
    private const string App = "storybook";

    private GatewayApi Api => fixture.Api;

    [Fact]
    public async Task A_module_board_ranks_users_by_messages_with_shared_ranks_for_ties()
    {
        var module = Id("m");
        var (a, b, c) = (Id("a"), Id("b"), Id("c"));
        foreach (var (user, messages) in new[] { (a, 1), (b, 3), (c, 3) })
        {
            for (var i = 0; i < messages; i++)
                await Api.Post($"/api/modules/{module}/messages", new { user_id = user }, Credential.All("academy"));
        }

        // Until every message has reached the board, not just every user: a user's later updates may still be in flight.
        var top = await Eventually.ValueAsync(() => Api.Get($"/api/leaderboards/module:{module}?limit=10", Credential.Read("academy")),
            r => r.Body?["entries"]?.AsArray().Sum(e => (long)e!["score"]!) == 7);

        Assert.Equal(HttpStatusCode.OK, top.Status);
        Assert.Equal(3, (int)top.Json["total"]!);
        Assert.Equal([(b, 3L, 1), (c, 3L, 1), (a, 1L, 3)], Rows(top.Json["entries"]!));
    }

    [Fact]
    public async Task A_users_weekly_standing_is_fresh_right_after_a_gain_and_lists_the_users_around_them()
    {
        var user = Id();
        await Api.Gain(App, new { user_id = user, action = "story_created" });

        var standing = await Eventually.ValueAsync(() => Api.Get($"/api/leaderboards/xp/users/{user}?window=weekly&around=2", Credential.Read(App)), r => r.Body?["user"] is not null);

        Assert.Equal(HttpStatusCode.OK, standing.Status);
        Assert.Equal(100L, (long)standing.Json["user"]!["score"]!);
        Assert.StartsWith("week:", (string)standing.Json["window"]!, StringComparison.Ordinal);
        Assert.Contains(user, standing.Json["around"]!.AsArray().Select(r => (string)r!["user_id"]!));
    }

    [Fact]
    public async Task A_user_token_reads_its_own_standing_and_not_another_users()
    {
        var (user, other) = (Id(), Id());
        await Api.Gain(App, new { user_id = user, action = "story_created" });

        var own = await Api.Get($"/api/leaderboards/xp/users/{user}", Credential.User(App, user));
        var others = await Api.Get($"/api/leaderboards/xp/users/{other}", Credential.User(App, user));
        var top = await Api.Get("/api/leaderboards/xp?window=daily", Credential.User(App, user));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.OK), (own.Status, others.Status, top.Status));
        Assert.Contains("user_id", others.ErrorFields);
    }

    [Fact]
    public async Task An_excluded_user_leaves_the_boards_until_readmitted()
    {
        var user = Id("staff");
        await Api.Gain(App, new { user_id = user, action = "story_created" });
        await Eventually.ValueAsync(() => Api.Get($"/api/leaderboards/xp/users/{user}", Credential.Read(App)), r => r.Body?["user"] is not null);

        var excluded = await Api.Post("/admin/leaderboards/exclusions", new { user_id = user }, Credential.All(App));
        var whileExcluded = await Api.Get($"/api/leaderboards/xp/users/{user}", Credential.Read(App));
        var list = await Api.Get("/admin/leaderboards/exclusions", Credential.All(App));
        var readmitted = await Api.Send(HttpMethod.Delete, $"/admin/leaderboards/exclusions/{user}", Credential.All(App), content: null);
        var afterwards = await Api.Get($"/api/leaderboards/xp/users/{user}", Credential.Read(App));

        Assert.Equal(HttpStatusCode.OK, excluded.Status);
        Assert.Null(whileExcluded.Json["user"]);
        Assert.Contains(user, list.Json["user_ids"]!.AsArray().Select(u => (string)u!));
        Assert.DoesNotContain(user, readmitted.Json["user_ids"]!.AsArray().Select(u => (string)u!));
        Assert.Equal(100L, (long)afterwards.Json["user"]!["score"]!);
    }

    [Fact]
    public async Task A_rebuild_answers_how_many_users_the_board_ranks()
    {
        await Api.Gain(App, new { user_id = Id(), action = "story_created" });

        var rebuilt = await Api.Post("/admin/leaderboards/xp/rebuild", new { window = "monthly" }, Credential.All(App));

        Assert.Equal(HttpStatusCode.OK, rebuilt.Status);
        Assert.StartsWith("month:", (string)rebuilt.Json["window"]!, StringComparison.Ordinal);
        Assert.True((int)rebuilt.Json["ranked"]! >= 1);
    }

    [Theory]
    [InlineData("/api/leaderboards/xp?window=yearly", "window")]
    [InlineData("/api/leaderboards/xp?window=week:2026-W60", "window")]
    [InlineData("/api/leaderboards/xp?limit=0", "limit")]
    [InlineData("/api/leaderboards/xp?limit=101", "limit")]
    [InlineData("/api/leaderboards/xp?offset=-1", "offset")]
    [InlineData("/api/leaderboards/bad%20board", "board")]
    [InlineData("/api/leaderboards/module:m1?window=weekly", "window")]
    [InlineData("/api/leaderboards/xp/users/a%20b", "user_id")]
    [InlineData("/api/leaderboards/xp/users/someone?around=51", "around")]
    public async Task Bad_window_limit_board_or_user_is_400_naming_the_field(string path, string field)
    {
        var reply = await Api.Get(path, Credential.Read(App));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.Contains(field, reply.ErrorFields);
    }

    [Fact]
    public async Task Bad_admin_requests_are_400_naming_the_field_and_need_the_admin_scope()
    {
        var badUser = await Api.Post("/admin/leaderboards/exclusions", new { user_id = "a b" }, Credential.All(App));
        var badWindow = await Api.Post("/admin/leaderboards/xp/rebuild", new { window = "hourly" }, Credential.All(App));
        var readOnly = await Api.Post("/admin/leaderboards/exclusions", new { user_id = Id() }, Credential.Read(App));

        Assert.Contains("user_id", badUser.ErrorFields);
        Assert.Contains("window", badWindow.ErrorFields);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden), (badUser.Status, badWindow.Status, readOnly.Status));
    }

    private static List<(string, long, int)> Rows(JsonNode entries) =>
        [.. entries.AsArray().Select(e => ((string)e!["user_id"]!, (long)e["score"]!, (int)e["rank"]!))];

    private static string Id(string prefix = "lb") => $"{prefix}{Guid.NewGuid():N}"[..16];
}
