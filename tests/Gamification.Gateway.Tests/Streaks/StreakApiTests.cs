using System.Net;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Streaks;

/// <summary>Streaks, freezes and boosts through the gateway, with the forum preset (seed 003).</summary>
[Collection(SharedGateway.Name)]
public sealed class StreakApiTests(GatewayFixture fixture)
{
    private const string App = "degentalk";

    private static readonly Credential Admin = Credential.All(App);

    private GatewayApi Api => fixture.Api;

    [Fact]
    public async Task A_counted_action_starts_the_streak_and_it_is_listed_with_its_freezes()
    {
        var user = Users.New();

        var post = await Api.Gain(App, new { user_id = user, action = "tip_given" });
        var freezes = await Api.Post($"/admin/users/{user}/freezes", new { streak_id = "daily_activity", count = 2 }, Admin);
        var streaks = await Api.Get($"/api/users/{user}/streaks", Admin);

        Assert.Equal(HttpStatusCode.OK, post.Status);
        Assert.Contains(post.Json["ledger"]!.AsArray(), l => (string?)l!["kind"] == "streak_extended");
        Assert.Equal(HttpStatusCode.OK, freezes.Status);
        var daily = streaks.Json["streaks"]!.AsArray().Single(s => (string?)s!["id"] == "daily_activity")!;
        Assert.Equal((1, 1, 2, 3), ((int)daily["current"]!, (int)daily["longest"]!, (int)daily["freezes"]!, (int)daily["max_freezes"]!));
        Assert.True((bool)daily["counted_this_period"]!);
        Assert.Equal(3, (int)daily["next_milestone"]!);
    }

    [Fact]
    public async Task Freezes_above_the_cap_are_409_and_an_unknown_streak_404_naming_the_field()
    {
        var user = Users.New();

        await Api.Post($"/admin/users/{user}/freezes", new { streak_id = "daily_activity", count = 3 }, Admin);
        var over = await Api.Post($"/admin/users/{user}/freezes", new { streak_id = "daily_activity", count = 1 }, Admin);
        var unknown = await Api.Post($"/admin/users/{user}/freezes", new { streak_id = "weekly", count = 1 }, Admin);
        var zero = await Api.Post($"/admin/users/{user}/freezes", new { streak_id = "daily_activity", count = 0 }, Admin);
        var streaks = await Api.Get($"/api/users/{user}/streaks", Admin);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NotFound, HttpStatusCode.BadRequest), (over.Status, unknown.Status, zero.Status));
        Assert.Contains("count", over.ErrorFields);
        Assert.Contains("streak_id", unknown.ErrorFields);
        Assert.Contains("count", zero.ErrorFields);
        Assert.Equal(3, (int)streaks.Json["streaks"]![0]!["freezes"]!);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_400_naming_it_and_a_valid_one_is_kept()
    {
        var user = Users.New();

        var bad = await Api.Put($"/api/users/{user}/time_zone", new { time_zone = "Mars/Olympus_Mons" }, Admin);
        var good = await Api.Put($"/api/users/{user}/time_zone", new { time_zone = "Asia/Kolkata" }, Admin);

        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("time_zone", bad.ErrorFields);
        Assert.True("Asia/Kolkata" == (string?)good.Json["time_zone"], good.ToString());
    }

    [Fact]
    public async Task A_user_boost_doubles_their_xp_and_shows_on_their_profile()
    {
        var (boosted, plain) = (Users.New(), Users.New());

        var granted = await Api.Post("/admin/boosts", new { id = "double", factor = 2, ends_at = fixture.Clock.GetUtcNow().AddHours(1), user_id = boosted }, Admin);
        var tip = await Api.Gain(App, new { user_id = boosted, action = "tip_given" });
        var plainTip = await Api.Gain(App, new { user_id = plain, action = "tip_given" });
        var again = await Api.Post("/admin/boosts", new { id = "double", factor = 3, ends_at = fixture.Clock.GetUtcNow().AddHours(1), user_id = boosted }, Admin);
        var profile = await Api.Get($"/api/users/{boosted}/progress", Admin);

        Assert.True(HttpStatusCode.Created == granted.Status, granted.ToString());
        Assert.Equal((6, 3), ((int)tip.Json["exp_added"]!, (int)plainTip.Json["exp_added"]!));
        var line = tip.Json["ledger"]!.AsArray().Single(l => (string?)l!["kind"] == "action")!;
        Assert.Equal((3, 6), ((int)line["base_xp"]!, (int)line["requested"]!));
        Assert.Equal("double", (string?)line["boosts"]![0]!["id"]);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("id", again.ErrorFields);
        Assert.Contains(profile.Json["active_boosts"]!.AsArray(), b => (string?)b!["id"] == "double");
    }

    [Theory]
    [InlineData(0.5, 1, null, "factor")]
    [InlineData(4, 1, null, "factor")]
    [InlineData(2, -1, null, "ends_at")]
    [InlineData(2, 1, "no_such_action", "actions")]
    public async Task A_bad_boost_is_refused_naming_the_field(double factor, int endsInHours, string? action, string field)
    {
        var user = Users.New();

        var reply = await Api.Post("/admin/boosts", new
        {
            id = "b1", factor, starts_at = fixture.Clock.GetUtcNow().AddHours(-2), ends_at = fixture.Clock.GetUtcNow().AddHours(endsInHours),
            actions = action is null ? null : new[] { action }, user_id = user,
        }, Admin);
        var profile = await Api.Get($"/api/users/{user}/progress", Admin);

        Assert.True(reply.Status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, reply.ToString());
        Assert.True(reply.ErrorFields.Any(f => f.StartsWith(field, StringComparison.Ordinal)), reply.ToString());
        Assert.Empty(profile.Json["active_boosts"]!.AsArray());
    }

    [Fact]
    public async Task An_app_boost_is_scheduled_listed_refused_twice_and_removed()
    {
        var id = $"w{Guid.NewGuid():N}"[..12];
        var start = fixture.Clock.GetUtcNow().AddYears(5);

        var scheduled = await Api.Post("/admin/boosts", new { id, factor = 2, starts_at = start, ends_at = start.AddDays(2) }, Admin);
        var twice = await Api.Post("/admin/boosts", new { id, factor = 3, starts_at = start, ends_at = start.AddDays(2) }, Admin);
        var endBeforeStart = await Api.Post("/admin/boosts", new { id = id + "x", factor = 2, starts_at = start, ends_at = start.AddDays(-1) }, Admin);
        var listed = await Api.Get("/admin/boosts", Admin);
        var removed = await Api.Send(HttpMethod.Delete, $"/admin/boosts/{id}", Admin, null);
        var removedAgain = await Api.Send(HttpMethod.Delete, $"/admin/boosts/{id}", Admin, null);
        var after = await Api.Get("/admin/boosts", Admin);

        Assert.Equal(HttpStatusCode.Created, scheduled.Status);
        Assert.Equal("app", (string?)scheduled.Json["scope"]);
        Assert.Equal(HttpStatusCode.Conflict, twice.Status);
        Assert.Contains("ends_at", endBeforeStart.ErrorFields);
        Assert.Contains(listed.Json.AsArray(), b => (string?)b!["id"] == id);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (removed.Status, removedAgain.Status));
        Assert.DoesNotContain(removed.Json.AsArray(), b => (string?)b!["id"] == id);
        Assert.DoesNotContain(after.Json.AsArray(), b => (string?)b!["id"] == id);
    }

    [Fact]
    public async Task The_forums_xp_boost_bought_in_the_shop_is_a_real_one_hour_double_xp()
    {
        var user = Users.New();
        await Api.Post($"/admin/users/{user}/tokens", new { delta = 100, reason = "test" }, Admin);

        var bought = await Api.Post("/api/shop/purchases", new { user_id = user, item_id = "xp_boost" }, Admin);
        var tip = await Api.Gain(App, new { user_id = user, action = "tip_given" });
        var profile = await Api.Get($"/api/users/{user}/progress", Admin);

        Assert.True(bought.Status == HttpStatusCode.OK, bought.ToString());
        Assert.Equal(6, (int)tip.Json["exp_added"]!);
        var boost = profile.Json["active_boosts"]!.AsArray().Single()!;
        Assert.Equal(TimeSpan.FromHours(1), (DateTimeOffset)boost["ends_at"]! - (DateTimeOffset)boost["starts_at"]!);
    }

    [Fact]
    public async Task Across_midnights_a_freeze_covers_a_missed_day_and_day_three_earns_the_milestone_and_its_events()
    {
        var user = Users.New();
        await Api.Post($"/admin/users/{user}/freezes", new { streak_id = "daily_activity", count = 1 }, Admin);

        await Api.Gain(App, new { user_id = user, action = "tip_given" });
        fixture.PassMidnight();
        fixture.PassMidnight();
        var back = await Api.Gain(App, new { user_id = user, action = "tip_given" });
        var streaks = await Api.Get($"/api/users/{user}/streaks", Admin);

        var kinds = back.Json["ledger"]!.AsArray().Select(l => (string?)l!["kind"]).ToList();
        Assert.Equal(["action", "streak_frozen", "streak_extended", "streak_milestone"], kinds);
        Assert.Equal(3 + 15, (int)back.Json["exp_added"]!);
        var daily = streaks.Json["streaks"]![0]!;
        Assert.Equal((3, 0), ((int)daily["current"]!, (int)daily["freezes"]!));
        var events = await EventTypes(user, expected: "streak_milestone");
        Assert.Contains("streak_frozen", events);
        Assert.Contains("streak_extended", events);
    }

    [Fact]
    public async Task Seven_days_in_a_row_earn_the_week_milestone_its_badge_a_freeze_and_its_tokens()
    {
        var user = Users.New();

        AwardResult? last = null;
        for (var day = 1; day <= 7; day++)
        {
            last = await Api.Gain(App, new { user_id = user, action = "tip_given" }) is { } reply ? new(reply) : null;
            if (day < 7)
                fixture.PassMidnight();
        }
        var streaks = await Api.Get($"/api/users/{user}/streaks", Admin);
        var wallet = await Api.Get($"/api/wallet/{user}", Admin);

        Assert.Equal(3 + 50, last!.ExpAdded);
        Assert.Contains("week_streak", last.Badges);
        var daily = streaks.Json["streaks"]![0]!;
        Assert.Equal((7, 1, 30), ((int)daily["current"]!, (int)daily["freezes"]!, (int)daily["next_milestone"]!));
        Assert.Equal(25, (long)wallet.Json["balance"]!);
    }

    [Fact]
    public async Task A_freeze_bought_at_the_cap_is_409_and_spends_no_token_and_one_below_it_is_held()
    {
        var (full, room) = (Users.New(), Users.New());
        foreach (var user in new[] { full, room })
            await Api.Post($"/admin/users/{user}/tokens", new { delta = 100, reason = "test" }, Admin);
        await Api.Post($"/admin/users/{full}/freezes", new { streak_id = "daily_activity", count = 3 }, Admin);

        var refused = await Api.Post("/api/shop/purchases", new { user_id = full, item_id = "streak_freeze" }, Admin);
        var bought = await Api.Post("/api/shop/purchases", new { user_id = room, item_id = "streak_freeze" }, Admin);
        var fullWallet = await Api.Get($"/api/wallet/{full}", Admin);
        var roomStreaks = await Api.Get($"/api/users/{room}/streaks", Admin);

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("item_id", refused.ErrorFields);
        Assert.Equal(100, (long)fullWallet.Json["balance"]!);
        Assert.Equal(HttpStatusCode.OK, bought.Status);
        Assert.Equal(1, (int)roomStreaks.Json["streaks"]![0]!["freezes"]!);
    }

    [Fact]
    public async Task An_admin_edits_a_streak_and_a_bad_one_is_422_naming_its_path()
    {
        var id = $"s_{Guid.NewGuid():N}"[..12];

        var created = await Api.Put($"/admin/rules/streaks/{id}", new { name = "Profile", period = "week", actions = new[] { "profile_completed" } }, Admin);
        var bad = await Api.Put($"/admin/rules/streaks/{id}", new { name = "Weekly tips", period = "fortnight" }, Admin);
        var liked = await Api.Put($"/admin/rules/streaks/{id}", new { name = "Likes", actions = new[] { "like_received" } }, Admin);

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        Assert.Contains($"$.streaks.{id}.period", bad.ErrorFields);
        Assert.Contains($"$.streaks.{id}.actions[0]", liked.ErrorFields);
    }

    private sealed record AwardResult(int ExpAdded, IReadOnlyList<string?> Badges)
    {
        public AwardResult(Reply reply)
            : this((int)reply.Json["exp_added"]!, [.. reply.Json["badges_earned"]!.AsArray().Select(b => (string?)b)])
        {
        }
    }

    private async Task<List<string?>> EventTypes(string user, string expected)
    {
        // The feed is written right after the award's commit, outside its turn.
        for (var attempt = 0; ; attempt++)
        {
            var feed = await Api.Get($"/api/users/{user}/events", Admin);
            var types = feed.Json["events"]!.AsArray().Select(e => (string?)e!["type"]).ToList();
            if (types.Contains(expected) || attempt == 50)
                return types;
            await Task.Delay(100);
        }
    }
}
