using System.Net;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Security;

/// <summary>The authorization matrix, and the rows that must pass, over real HTTP.</summary>
[Collection(SharedGateway.Name)]
public sealed class AuthorizationMatrixTests(GatewayFixture fixture)
{
    private GatewayApi Api => fixture.Api;

    [Theory]
    [MemberData(nameof(AuthorizationCases.Names), MemberType = typeof(AuthorizationCases))]
    public async Task Refused_credentials_get_401_or_403_problems_and_change_nothing(string name)
    {
        var row = AuthorizationCases.All[name];
        var user = Users.New();
        await Api.Gain("mikoshi", new { user_id = user, action = "create_scene" });

        var reply = await Api.Send(row.Method, row.Path(user), row.Credential(user), row.Body(user) is { } body ? GatewayApi.Json(body) : null);

        Assert.True((int)reply.Status == row.Status, $"{name}: expected {row.Status}, got {reply}");
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.False(string.IsNullOrWhiteSpace((string?)reply.Json["detail"]));
        Assert.NotEmpty(reply.ErrorFields);
        if (row.Status == 401)
            Assert.NotNull(reply.Header("WWW-Authenticate"));
        Assert.Equal(15, (long?)(await Api.Progress("mikoshi", user))["experience_points"]);
    }

    [Fact]
    public async Task A_key_of_one_app_sees_that_apps_user_never_another_apps()
    {
        var user = Users.New();
        await Api.Gain("mikoshi", new { user_id = user, action = "create_character" });

        var mikoshi = await Api.Progress("mikoshi", user);
        var storybook = await Api.Progress("storybook", user);
        var storybookHistory = (await Api.Get($"/api/users/{user}/history", Credential.Read("storybook"))).Json;
        var storybookBadges = (await Api.Get($"/admin/users/{user}/badges", Credential.All("storybook"))).Json;
        var asStorybookUser = (await Api.Get($"/api/users/{user}/progress", Credential.User("storybook", user))).Json;

        Assert.Equal(30, (long?)mikoshi["experience_points"]);
        Assert.Equal(0, (long?)storybook["experience_points"]);
        Assert.False((bool?)storybook["exists"]);
        Assert.Empty(storybookHistory["entries"]!.AsArray());
        Assert.Empty(storybookBadges.AsArray());
        Assert.Equal(0, (long?)asStorybookUser["experience_points"]);
    }

    [Fact]
    public async Task A_key_of_one_app_awards_only_that_apps_user()
    {
        var user = Users.New();

        await Api.Gain("storybook", new { user_id = user, action = "story_created" });

        Assert.Equal(100, (long?)(await Api.Progress("storybook", user))["experience_points"]);
        Assert.Equal(0, (long?)(await Api.Progress("mikoshi", user))["experience_points"]);
    }

    [Fact]
    public async Task An_app_named_in_the_body_or_query_is_ignored()
    {
        var user = Users.New();

        await Api.Post("/api/exp/gain?app=storybook", new { app = "storybook", user_id = user, action = "create_scene" }, Credential.All("mikoshi"));

        Assert.Equal(15, (long?)(await Api.Progress("mikoshi", user))["experience_points"]);
        Assert.Equal(0, (long?)(await Api.Progress("storybook", user))["experience_points"]);
    }

    [Fact]
    public async Task A_user_token_reports_its_own_client_allowed_action_and_reads_its_own_data()
    {
        var user = Users.New();
        var token = Credential.User("mikoshi", user);

        var chat = await Api.Post("/api/exp/gain", new { user_id = user, action = "daily_chat" }, token);
        var progress = await Api.Get($"/api/users/{user}/progress", token);
        var limits = await Api.Get("/api/exp/limits", token);
        var history = await Api.Get($"/api/users/{user}/history", token);
        var levels = await Api.Get("/api/levels", token);

        Assert.Equal(HttpStatusCode.OK, chat.Status);
        Assert.Equal(20, (long?)progress.Json["experience_points"]);
        Assert.Equal(1, (int?)limits.Json["daily_action_counts"]!["daily_chat"]);
        Assert.Single(history.Json["entries"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, levels.Status);
    }

    [Fact]
    public async Task A_key_is_accepted_in_either_header()
    {
        var user = Users.New();

        var byAuthorization = await Api.Post("/api/exp/gain", new { user_id = user, action = "create_scene" }, Credential.Key("mikoshi-award"));
        var byXApiKey = await Api.Post("/api/exp/gain", new { user_id = user, action = "create_persona" }, Credential.KeyHeader("mikoshi-award"));

        Assert.Equal(HttpStatusCode.OK, byAuthorization.Status);
        Assert.Equal(HttpStatusCode.OK, byXApiKey.Status);
        Assert.Equal(30, (long?)(await Api.Progress("mikoshi", user))["experience_points"]);
    }

    [Fact]
    public async Task A_credential_over_its_rate_limit_gets_429_with_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        Fixtures.Reply? last = null;
        for (var i = 0; i <= TestKeys.LimitedPerMinute; i++)
        {
            last = await Api.Get("/api/levels", Credential.Key(TestKeys.LimitedName));
            statuses.Add(last.Status);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal("application/problem+json", last!.ContentType);
        Assert.True(int.Parse(last.Header("Retry-After")!) is > 0 and <= 60);
        Assert.Equal(HttpStatusCode.OK, (await Api.Get("/api/levels", Credential.Read("mikoshi"))).Status);
    }
}
