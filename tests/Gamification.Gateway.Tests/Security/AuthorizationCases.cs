using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Security;

/// <summary>Who may not do what: each row is refused with 401 or 403, and nothing changes.</summary>
public static class AuthorizationCases
{
    private static readonly Func<string, object?> DailyChat = u => new { user_id = u, action = "daily_chat" };

    public static readonly IReadOnlyDictionary<string, AuthorizationCase> All = new Dictionary<string, AuthorizationCase>
    {
        ["no_credentials"] = Gain(DailyChat, _ => Credential.None, 401),
        ["wrong_key"] = Gain(DailyChat, _ => Credential.RawKey("not-a-key-of-anyone"), 401),
        ["wrong_key_in_x_api_key"] = Gain(DailyChat, _ => Credential.KeyHeader("nobody"), 401),
        ["token_signed_with_another_secret"] = Gain(DailyChat, u => Credential.Token(TestTokens.Mint(Claims(u), secret: new string('x', 48))), 401),
        ["expired_token"] = Gain(DailyChat, u => Credential.Token(TestTokens.Mint(Claims(u), expires: DateTime.UtcNow.AddMinutes(-5))), 401),
        ["token_without_app"] = Gain(DailyChat, u => Credential.Token(TestTokens.Mint(new Dictionary<string, object> { ["sub"] = u })), 401),
        ["unsigned_token"] = Gain(DailyChat, u => Credential.Token(TestTokens.WithoutSignature(Claims(u))), 401),
        ["not_a_token"] = Gain(DailyChat, _ => Credential.Token("not.a.token"), 401),
        ["user_token_for_another_user"] = Gain(DailyChat, _ => Credential.User("mikoshi", Users.New("other")), 403),
        ["user_token_on_a_server_only_action"] = Gain(u => new { user_id = u, action = "create_character" }, u => Credential.User("mikoshi", u), 403),
        ["user_token_setting_an_amount"] = Gain(u => new { user_id = u, action = "daily_chat", amount = 500 }, u => Credential.User("mikoshi", u), 403),
        ["user_token_reading_another_users_progress"] = Get(_ => $"/api/users/{Users.New("other")}/progress", u => Credential.User("mikoshi", u), 403),
        ["user_token_reading_another_users_limits"] = Get(_ => $"/api/exp/limits?user_id={Users.New("other")}", u => Credential.User("mikoshi", u), 403),
        ["user_token_reading_another_users_history"] = Get(_ => $"/api/users/{Users.New("other")}/history", u => Credential.User("mikoshi", u), 403),
        ["user_token_on_admin_xp"] = Post(u => $"/admin/users/{u}/xp", _ => new { delta = 1000, reason = "me" }, u => Credential.User("mikoshi", u), 403),
        ["user_token_on_admin_badges"] = Get(_ => "/admin/badges", u => Credential.User("mikoshi", u), 403),
        ["user_token_registering_an_entity"] = Post(_ => "/api/entities", u => new { type = "character", id = "c1", creator_user_id = u }, u => Credential.User("mikoshi", u), 403),
        ["user_token_posting_module_messages"] = Post(_ => "/api/modules/m1/messages", u => new { user_id = u }, u => Credential.User("mikoshi", u), 403),
        ["user_token_sending_heartbeats"] = Post(_ => "/api/watch/heartbeat", u => new { user_id = u, stream_id = "s1", kind = "live" }, u => Credential.User("academy", u), 403),
        ["user_token_listing_module_users"] = Get(_ => "/api/modules/m1/users", u => Credential.User("mikoshi", u), 403),
        ["read_key_on_award"] = Gain(DailyChat, _ => Credential.Read("mikoshi"), 403),
        ["award_key_on_read"] = Get(u => $"/api/users/{u}/progress", _ => Credential.Award("mikoshi"), 403),
        ["read_key_on_admin"] = Post(u => $"/admin/users/{u}/xp", _ => new { delta = 10, reason = "x" }, _ => Credential.Read("mikoshi"), 403),
        ["award_key_on_admin"] = Post(u => $"/admin/users/{u}/badges", _ => new { badge_id = "community_hero" }, _ => Credential.Award("academy"), 403),
        ["award_key_creating_badges"] = Post(_ => "/admin/badges", _ => new { name = "Mine" }, _ => Credential.Award("academy"), 403),
    };

    public static TheoryData<string> Names() => [.. All.Keys];

    private static Dictionary<string, object> Claims(string user) => new() { ["sub"] = user, ["app"] = "mikoshi" };

    private static AuthorizationCase Gain(Func<string, object?> body, Func<string, Credential> credential, int status) =>
        new(HttpMethod.Post, _ => "/api/exp/gain", body, credential, status);

    private static AuthorizationCase Post(Func<string, string> path, Func<string, object?> body, Func<string, Credential> credential, int status) =>
        new(HttpMethod.Post, path, body, credential, status);

    private static AuthorizationCase Get(Func<string, string> path, Func<string, Credential> credential, int status) =>
        new(HttpMethod.Get, path, _ => null, credential, status);
}
