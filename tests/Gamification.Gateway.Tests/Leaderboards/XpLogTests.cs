using System.Net;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Leaderboards;

/// <summary>Seed 003's XP log: a user's ledger, newest first, each entry explained, paged by sequence.</summary>
[Collection(SharedGateway.Name)]
public sealed class XpLogTests(GatewayFixture fixture)
{
    private const string App = "storybook";

    private GatewayApi Api => fixture.Api;

    [Fact]
    public async Task A_user_reads_their_own_log_newest_first_with_an_explanation_per_entry_in_pages()
    {
        var user = $"log{Guid.NewGuid():N}"[..16];
        await Api.Gain(App, new { user_id = user, action = "story_created" });
        await Api.Gain(App, new { user_id = user, action = "friend_added" });
        await Api.Post($"/admin/users/{user}/xp", new { delta = -30, reason = "duplicate story" }, Credential.All(App));

        var first = await Api.Get("/api/xp/me/log?limit=2", Credential.User(App, user));
        var next = (long)first.Json["next_before"]!;
        var second = await Api.Get($"/api/xp/me/log?limit=2&before={next}", Credential.User(App, user));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal([4L, 3L], first.Json["entries"]!.AsArray().Select(e => (long)e!["sequence"]!));
        Assert.Equal(["-30 XP adjusted by storybook-all: duplicate story", "+20 XP for friend_added"],
            first.Json["entries"]!.AsArray().Select(e => (string)e!["explanation"]!));
        Assert.Equal(["Streak daily_storytelling: 1 period in a row", "+100 XP for story_created"], second.Json["entries"]!.AsArray().Select(e => (string)e!["explanation"]!));
        Assert.Null(second.Json["next_before"]);
    }

    [Theory]
    [InlineData("/api/xp/me/log", "user_id")]
    [InlineData("/api/xp/me/log?user_id=someone&limit=0", "limit")]
    [InlineData("/api/xp/me/log?user_id=someone&before=0", "before")]
    public async Task A_service_key_names_the_user_and_bad_paging_is_400_naming_the_field(string path, string field)
    {
        var reply = await Api.Get(path, Credential.Read(App));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(field, reply.ErrorFields);
    }
}
