using System.Net;
using System.Net.Http.Json;

namespace Gamification.Dashboard.Tests.Api;

/// <summary>Who may read the dashboard: admin keys and signed-in dashboard users; nobody else, and nothing secret is shown.</summary>
public sealed class AccessTests(DashboardSilo silo) : IClassFixture<DashboardSilo>
{
    public static TheoryData<string> Endpoints => DashboardEndpoints.Cases();

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_dashboard_api_endpoint_answers_401_with_a_problem_without_credentials(string endpoint)
    {
        using var http = silo.Http();

        using var response = await http.GetAsync(endpoint);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (await Json.ReadAsync(response)).GetProperty("status").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_dashboard_api_endpoint_answers_an_admin_key(string endpoint)
    {
        using var http = silo.Http(silo.AdminKey.Key);

        using var response = await http.GetAsync(endpoint);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_service_key_without_the_admin_scope_is_refused_with_403()
    {
        using var http = silo.Http(silo.ReadOnlyKey);

        using var response = await http.GetAsync("/dashboard/api/cluster");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_key_may_not_inspect_another_apps_grains()
    {
        using var http = silo.Http(silo.AdminKey.Key);

        using var response = await http.GetAsync("/dashboard/api/inspect?app=storybook&kind=user&id=alice");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True((await Json.ReadAsync(response)).GetProperty("errors").TryGetProperty("app", out _));
    }

    [Fact]
    public async Task A_dashboard_user_signs_in_for_an_http_only_strict_cookie_that_opens_the_api()
    {
        using var handler = new HttpClientHandler { UseCookies = true };
        using var http = new HttpClient(handler) { BaseAddress = silo.BaseAddress };

        using var login = await http.PostAsJsonAsync("/dashboard/login", new { name = DashboardSilo.UserName, password = DashboardSilo.Password });
        using var session = await http.GetAsync("/dashboard/api/session");

        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/dashboard", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        var body = await Json.ReadAsync(session);
        Assert.Equal(DashboardSilo.UserName, body.GetProperty("name").GetString());
        Assert.Contains("mikoshi", body.GetProperty("apps").EnumerateArray().Select(a => a.GetString()));
        Assert.True(body.GetProperty("orleans_dashboard").GetBoolean());
    }

    [Fact]
    public async Task An_admin_keys_session_says_it_may_not_open_the_orleans_dashboard()
    {
        using var http = silo.Http(silo.AdminKey.Key);

        var session = await Json.ReadAsync(await http.GetAsync("/dashboard/api/session"));

        Assert.Equal("key", session.GetProperty("kind").GetString());
        Assert.False(session.GetProperty("orleans_dashboard").GetBoolean());
    }

    [Theory]
    [InlineData("/dashboard/orleans/version")]
    [InlineData("/dashboard/orleans/ClusterStats")]
    [InlineData("/dashboard/orleans/Reminders")]
    [InlineData("/dashboard/orleans/index.min.js")]
    public async Task The_orleans_dashboard_answers_401_without_a_sign_in(string path)
    {
        using var http = silo.Http();

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/dashboard/orleans")]
    [InlineData("/dashboard/orleans/")]
    public async Task A_browser_opening_the_orleans_dashboard_without_a_sign_in_is_sent_to_the_sign_in_page(string path)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = silo.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/dashboard", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_signed_in_dashboard_user_opens_the_orleans_dashboard_page_and_its_api()
    {
        using var handler = new HttpClientHandler { UseCookies = true };
        using var http = new HttpClient(handler) { BaseAddress = silo.BaseAddress };
        using var login = await http.PostAsJsonAsync("/dashboard/login", new { name = DashboardSilo.UserName, password = DashboardSilo.Password });

        using var page = await http.GetAsync("/dashboard/orleans/");
        using var version = await http.GetAsync("/dashboard/orleans/version");
        using var stats = await http.GetAsync("/dashboard/orleans/ClusterStats");

        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, version.StatusCode);
        Assert.True((await Json.ReadAsync(version)).TryGetProperty("version", out _));
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
    }

    [Fact]
    public async Task An_admin_key_is_refused_the_orleans_dashboard_since_it_shows_every_apps_grains()
    {
        using var http = silo.Http(silo.AdminKey.Key);

        using var response = await http.GetAsync("/dashboard/orleans/version");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_401_and_sets_no_cookie()
    {
        using var http = silo.Http();

        using var login = await http.PostAsJsonAsync("/dashboard/login", new { name = DashboardSilo.UserName, password = "not it" });

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.False(login.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_sign_in_without_a_name_is_a_400_naming_the_field()
    {
        using var http = silo.Http();

        using var login = await http.PostAsJsonAsync("/dashboard/login", new { password = DashboardSilo.Password });

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.True((await Json.ReadAsync(login)).GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task No_dashboard_answer_shows_a_key_a_hash_a_password_or_the_connection_string()
    {
        using var http = silo.Http(silo.AdminKey.Key);
        string[] secrets = [silo.AdminKey.Key, silo.AdminKey.Sha256, silo.ReadOnlyKey, DashboardSilo.Password, DashboardSilo.PasswordSha256, silo.Silo.ConnectionString];

        foreach (var endpoint in DashboardEndpoints.All)
        {
            var body = await http.GetStringAsync(endpoint);
            foreach (var secret in secrets)
                Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("/dashboard", "text/html")]
    [InlineData("/dashboard/assets/dashboard.js", "text/javascript")]
    [InlineData("/dashboard/assets/dashboard.css", "text/css")]
    public async Task The_page_and_its_assets_are_served_to_anyone_from_the_gateway_under_a_same_origin_only_policy(string path, string mediaType)
    {
        using var http = silo.Http();

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
