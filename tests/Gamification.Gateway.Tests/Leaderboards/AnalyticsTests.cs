using System.Net;
using System.Text.Json.Nodes;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Leaderboards;

/// <summary>Seed 003's analytics: level distribution, awards per action per day, the token flow's shape.</summary>
[Collection(SharedGateway.Name)]
public sealed class AnalyticsTests(GatewayFixture fixture)
{
    private const string App = "storybook";

    private GatewayApi Api => fixture.Api;

    [Fact]
    public async Task Level_distribution_and_awards_per_day_count_what_was_awarded()
    {
        var today = fixture.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var levelsBefore = (await Api.Get("/admin/analytics/levels", Credential.All(App))).Json;
        var awardsBefore = (await Api.Get($"/admin/analytics/awards?from={today}&to={today}", Credential.All(App))).Json;
        var user = $"an{Guid.NewGuid():N}"[..16];
        for (var i = 0; i < 6; i++)
            await Api.Gain(App, new { user_id = user, action = "story_created" });

        var levels = (await Api.Get("/admin/analytics/levels", Credential.All(App))).Json;
        var awards = (await Api.Get($"/admin/analytics/awards?from={today}&to={today}", Credential.All(App))).Json;

        Assert.Equal((long)levelsBefore["users"]! + 1, (long)levels["users"]!);
        Assert.Equal(UsersAt(levelsBefore, 2) + 1, UsersAt(levels, 2));
        Assert.Equal(Created(awardsBefore).Awards + 6, Created(awards).Awards);
        Assert.Equal(Created(awardsBefore).Xp + 600, Created(awards).Xp);
    }

    [Fact]
    public async Task Tokens_are_reported_as_untracked_zeros_until_the_app_has_a_wallet()
    {
        var reply = await Api.Get("/admin/analytics/tokens?from=2030-03-01&to=2030-03-04", Credential.All(App));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal((0L, 0L, false), ((long)reply.Json["issued"]!, (long)reply.Json["spent"]!, (bool)reply.Json["tracked"]!));
    }

    [Theory]
    [InlineData("/admin/analytics/awards?from=yesterday", "from")]
    [InlineData("/admin/analytics/awards?to=2030-13-01", "to")]
    [InlineData("/admin/analytics/awards?from=2030-03-04&to=2030-03-01", "to")]
    [InlineData("/admin/analytics/tokens?from=2029-01-01&to=2030-03-01", "to")]
    public async Task Bad_dates_are_400_naming_the_field(string path, string field)
    {
        var reply = await Api.Get(path, Credential.All(App));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(field, reply.ErrorFields);
    }

    private static long UsersAt(JsonNode distribution, int level) =>
        distribution["levels"]!.AsArray().Where(l => (int)l!["level"]! == level).Select(l => (long)l!["users"]!).FirstOrDefault();

    private static (long Awards, long Xp) Created(JsonNode awards) =>
        awards["days"]!.AsArray().Where(d => (string)d!["action"]! == "story_created")
            .Select(d => ((long)d!["awards"]!, (long)d["xp"]!)).FirstOrDefault();
}
