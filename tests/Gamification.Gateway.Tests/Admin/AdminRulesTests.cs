using System.Net;
using System.Text.Json.Nodes;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Admin;

/// <summary>Seed 003's runtime rule editing over HTTP: versions, the ledger's record of them, dry runs, stale and bad edits.</summary>
[Collection(SharedGateway.Name)]
public sealed class AdminRulesTests(GatewayFixture fixture)
{
    private const string App = "degentalk";

    private static readonly Credential Admin = Credential.All(App);

    private GatewayApi Api => fixture.Api;

    [Fact]
    public async Task An_edit_changes_later_awards_and_only_their_ledger_entries_carry_the_new_version()
    {
        var action = Fresh("act");
        var user = Users.New();
        var created = await Edit(HttpMethod.Put, $"/admin/rules/actions/{action}", new { xp = 3 });
        var before = await Gain(user, action);
        var edited = await Edit(HttpMethod.Put, $"/admin/rules/actions/{action}", new { xp = 7 }, IfMatch(created));
        var after = await Gain(user, action);
        var ledger = (await Api.Get($"/api/users/{user}/history", Admin)).Json["entries"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, edited.Status);
        Assert.Equal(Version(created) + 1, Version(edited));
        Assert.Equal($"\"{Version(edited)}\"", edited.Header("ETag"));
        Assert.Equal(3, (int)before.Json["exp_added"]!);
        Assert.Equal(7, (int)after.Json["exp_added"]!);
        Assert.Equal([Version(edited), Version(created)], ledger.Select(e => (int)e!["ruleset_version"]!).ToArray());
    }

    [Fact]
    public async Task A_dry_run_reports_what_the_edit_would_change_and_applies_nothing()
    {
        var action = Fresh("dry");
        var user = Users.New();
        var created = await Edit(HttpMethod.Put, $"/admin/rules/actions/{action}", new { xp = 5 });
        for (var i = 0; i < 3; i++)
            await Gain(user, action);

        var preview = await Edit(HttpMethod.Put, $"/admin/rules/actions/{action}?dry_run=true&user_id={user}", new { xp = 9, daily_limit = 2 }, IfMatch(created));
        var current = await Api.Get("/admin/rules", Admin);
        var later = await Gain(user, action);

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal(3, (int)preview.Json["differences"]!);
        Assert.Equal(15, (long)preview.Json["current_total_xp"]!);
        Assert.Equal(18, (long)preview.Json["proposed_total_xp"]!);
        Assert.Equal("daily_limit_reached", (string?)preview.Json["events"]![2]!["proposed_refusal"]);
        Assert.Equal(Version(created), Version(current));
        Assert.Equal(5, (int)later.Json["exp_added"]!);
    }

    [Fact]
    public async Task An_edit_against_a_stale_version_is_412_and_changes_nothing()
    {
        var action = Fresh("stale");
        var first = await Edit(HttpMethod.Put, $"/admin/rules/actions/{action}", new { xp = 1 });
        var second = await Edit(HttpMethod.Put, $"/admin/rules/actions/{action}", new { xp = 2 }, IfMatch(first));
        var stale = await Edit(HttpMethod.Put, $"/admin/rules/actions/{action}", new { xp = 99 }, IfMatch(first));
        var current = await Api.Get("/admin/rules", Admin);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Contains("If-Match", stale.ErrorFields);
        Assert.Equal(Version(second), Version(current));
        Assert.Equal(2, (int)Action(current, action)["exp"]!);
    }

    [Theory]
    [InlineData("/admin/rules/actions/bad_xp", """{"xp": -1}""", "$.actions.bad_xp.xp")]
    [InlineData("/admin/rules/actions/bad_recipient", """{"xp": 1, "recipient": "nobody"}""", "$.actions.bad_recipient.recipient")]
    [InlineData("/admin/rules/actions/bad_field", """{"xp": 1, "colour": "red"}""", "$.actions.bad_field.colour")]
    [InlineData("/admin/rules/daily_caps", """{"xp": 5}""", "$.daily_caps")]
    [InlineData("/admin/rules/levels", """{"table": [{"level": 1, "name": "A", "xp": 0}, {"level": 2, "name": "B", "xp": 0}]}""", "$.levels.table[1].xp")]
    public async Task An_invalid_edit_is_422_naming_the_field_and_changes_nothing(string path, string body, string field)
    {
        var before = Version(await Api.Get("/admin/rules", Admin));

        var reply = await Api.Send(HttpMethod.Put, path, Admin, GatewayApi.Raw(body, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        Assert.Contains(field, reply.ErrorFields);
        Assert.Equal(before, Version(await Api.Get("/admin/rules", Admin)));
    }

    [Fact]
    public async Task Disabling_an_action_refuses_its_later_events_and_an_unknown_one_is_404()
    {
        var action = Fresh("off");
        var user = Users.New();
        await Edit(HttpMethod.Put, $"/admin/rules/actions/{action}", new { xp = 4 });

        var disabled = await Api.Put($"/admin/rules/actions/{action}/enabled", new { enabled = false }, Admin);
        var refused = await Api.Gain(App, new { user_id = user, action });
        var unknown = await Api.Put("/admin/rules/actions/no_such_action/enabled", new { enabled = false }, Admin);

        Assert.Equal(HttpStatusCode.OK, disabled.Status);
        Assert.False((bool)Action(disabled, action)["enabled"]!);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("action", unknown.ErrorFields);
    }

    [Fact]
    public async Task Rank_names_and_caps_change_and_every_version_is_in_the_history()
    {
        var current = await Api.Get("/admin/rules", Admin);
        var levels = JsonNode.Parse((string)current.Json["document"]!)!["levels"]!.DeepClone();
        var rank = Fresh("Rank");
        levels["table"]![1]!["name"] = rank;

        var renamed = await Edit(HttpMethod.Put, "/admin/rules/levels", levels, IfMatch(current));
        var capped = await Edit(HttpMethod.Put, "/admin/rules/daily_caps", new[] { new { min_level = 1, xp = 100000 } }, IfMatch(renamed));
        var history = (await Api.Get("/admin/rules/versions?limit=500", Admin)).Json["versions"]!.AsArray();

        Assert.Equal(rank, (string?)renamed.Json["levels"]![1]!["name"]);
        Assert.Equal(100000, (int)capped.Json["daily_caps"]![0]!["exp"]!);
        var versions = history.Select(v => (int)v!["version"]!).ToList();
        Assert.Equal(versions.Order(), versions);
        Assert.Contains(Version(capped), versions);
        Assert.Equal("daily_caps", (string?)history.Last(v => (int)v!["version"]! == Version(capped))!["change"]);
    }

    private static string Fresh(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    private static int Version(Reply reply) => (int)reply.Json["version"]!;

    private static string IfMatch(Reply reply) => $"\"{Version(reply)}\"";

    private static JsonNode Action(Reply ruleset, string name) => ruleset.Json["actions"]!.AsArray().First(a => (string?)a!["name"] == name)!;

    private async Task<Reply> Gain(string user, string action)
    {
        var reply = await Api.Gain(App, new { user_id = user, action, idempotency_key = Guid.NewGuid().ToString("N") });
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        return reply;
    }

    private async Task<Reply> Edit(HttpMethod method, string path, object body, string? ifMatch = null)
    {
        var reply = await Api.Send(method, path, Admin, GatewayApi.Json(body), r =>
        {
            if (ifMatch is not null)
                r.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        });
        return reply;
    }
}
