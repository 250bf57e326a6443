using System.Net;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Admin;

/// <summary>Seed 004 phase 3: admins list and search an app's users, in pages, from storage.</summary>
[Collection(SharedGateway.Name)]
public sealed class AdminUserListTests(GatewayFixture fixture)
{
    private const string App = "storybook";

    private GatewayApi Api => fixture.Api;

    [Fact]
    public async Task Users_are_searched_by_id_prefix_and_read_in_pages_with_their_xp()
    {
        var prefix = $"list{Guid.NewGuid():N}"[..16];
        foreach (var (suffix, stories) in new[] { ("a", 1), ("b", 2), ("c", 3) })
        {
            for (var i = 0; i < stories; i++)
                await Api.Post("/api/exp/gain", new { user_id = $"{prefix}-{suffix}", action = "story_created" }, Credential.All(App));
        }

        var first = await Api.Get($"/admin/users?search={prefix}&limit=2", Credential.All(App));
        var next = (string)first.Json["next_after"]!;
        var second = await Api.Get($"/admin/users?search={prefix}&limit=2&after={next}", Credential.All(App));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal([$"{prefix}-a", $"{prefix}-b"], first.Json["users"]!.AsArray().Select(u => (string)u!["user_id"]!));
        Assert.Equal([100L, 200L], first.Json["users"]!.AsArray().Select(u => (long)u!["experience_points"]!));
        Assert.Equal($"{prefix}-c", (string)second.Json["users"]!.AsArray().Single()!["user_id"]!);
        Assert.Null(second.Json["next_after"]);
    }

    [Fact]
    public async Task Another_apps_users_never_appear()
    {
        var user = $"other{Guid.NewGuid():N}"[..16];
        await Api.Post("/api/exp/gain", new { user_id = user, action = "create_character" }, Credential.All("mikoshi"));

        var listed = await Api.Get($"/admin/users?search={user}", Credential.All(App));

        Assert.Empty(listed.Json["users"]!.AsArray());
    }

    [Theory]
    [InlineData("/admin/users?limit=0", "limit")]
    [InlineData("/admin/users?search=a%2Fb", "search")]
    public async Task Bad_paging_or_search_is_400_naming_the_field(string path, string field)
    {
        var reply = await Api.Get(path, Credential.All(App));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(field, reply.ErrorFields);
    }

    [Fact]
    public async Task Listing_users_needs_the_admin_scope()
    {
        var reply = await Api.Get("/admin/users", Credential.Read(App));

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
    }
}
