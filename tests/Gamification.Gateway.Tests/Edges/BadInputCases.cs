using System.Text;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Edges;

/// <summary>The bad-input table: malformed, mistyped, missing, oversize, out of range, wrongly labelled.</summary>
public static class BadInputCases
{
    private const string Gain = "/api/exp/gain";

    public static readonly IReadOnlyDictionary<string, BadInputCase> All = new Dictionary<string, BadInputCase>
    {
        ["malformed_json"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": """, 400, "action"),
        ["not_json_at_all"] = Post(Gain, _ => "user_id=1&action=create_scene", 400, "body"),
        ["array_body"] = Post(Gain, _ => "[1, 2]", 400, "body"),
        ["null_body"] = Post(Gain, _ => "null", 400, "body"),
        ["empty_body"] = Post(Gain, _ => "", 400, "body"),
        ["missing_action"] = Post(Gain, u => $$"""{"user_id": "{{u}}"}""", 400, "action"),
        ["user_id_of_wrong_type"] = Post(Gain, _ => """{"user_id": true, "action": "create_scene"}""", 400, "user_id"),
        ["amount_of_wrong_type"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": "create_scene", "amount": "ten"}""", 400, "amount"),
        ["fractional_amount"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": "create_scene", "amount": 1.5}""", 400, "amount"),
        ["negative_amount"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": "create_scene", "amount": -5}""", 400, "amount"),
        ["huge_amount"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": "create_scene", "amount": 1e12}""", 400, "amount"),
        ["amount_past_int"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": "create_scene", "amount": 2147483648}""", 400, "amount"),
        ["ten_kb_user_id"] = Post(Gain, _ => $$"""{"user_id": "{{new string('u', 10 * 1024)}}", "action": "create_scene"}""", 400, "user_id"),
        ["ten_kb_action"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": "{{new string('a', 10 * 1024)}}"}""", 400, "action"),
        ["control_characters_in_user_id"] = Post(Gain, u => $$"""{"user_id": "{{u}}\u0007\n", "action": "create_scene"}""", 400, "user_id"),
        ["slash_in_target_id"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": "character_liked", "target_type": "character", "target_id": "a/b"}""", 400, "target_id"),
        ["fractional_target_id"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": "character_liked", "target_type": "character", "target_id": 1.5}""", 400, "target_id"),
        ["exponent_user_id"] = Post(Gain, _ => """{"user_id": 1e3, "action": "create_scene"}""", 400, "user_id"),
        ["dots_only_user_id"] = Post(Gain, _ => """{"user_id": "..", "action": "create_scene"}""", 400, "user_id"),
        ["target_type_without_id"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": "character_liked", "target_type": "character"}""", 400, "target_id"),
        ["unknown_action"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": "teleport"}""", 422, "action"),
        ["text_plain_body"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": "create_scene"}""", 415, "Content-Type", "text/plain"),
        ["form_body"] = Post(Gain, u => $"user_id={u}&action=create_scene", 415, "Content-Type", "application/x-www-form-urlencoded"),
        ["oversize_body"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": "create_scene", "padding": "{{new string('x', 20 * 1024)}}"}""", 413, "body"),
        ["oversize_chunked_body"] = new(HttpMethod.Post, _ => Gain, u => Chunked($$"""{"user_id": "{{u}}", "action": "create_scene", "padding": "{{new string('x', 20 * 1024)}}"}"""), 413, "body"),
        ["bad_idempotency_header"] = Post(Gain, u => $$"""{"user_id": "{{u}}", "action": "create_scene"}""", 400, "Idempotency-Key") with
        {
            Adjust = r => r.Headers.Add("Idempotency-Key", "key with spaces"),
        },
        ["history_limit_not_a_number"] = Get(u => $"/api/users/{u}/history?limit=ten", 400, "limit"),
        ["history_limit_zero"] = Get(u => $"/api/users/{u}/history?limit=0", 400, "limit"),
        ["control_character_in_route_id"] = Get(u => $"/api/users/{u}%01/progress", 400, "user_id"),
        ["bad_user_id_in_query"] = Get(u => $"/api/exp/limits?user_id={u}%20x", 400, "user_id"),
        ["missing_user_id_in_query"] = Get(_ => "/api/exp/limits", 400, "user_id"),
        ["watch_kind_not_live_or_replay"] = Post("/api/watch/heartbeat", u => $$"""{"user_id": "{{u}}", "stream_id": "s1", "kind": "vod"}""", 400, "kind"),
        ["module_status_unknown"] = Put(u => $"/api/modules/m1/users/{u}", _ => """{"completion_status": "Done"}""", 400, "completion_status"),
        ["message_without_user"] = Post("/api/modules/m1/messages", _ => "{}", 400, "user_id"),
        ["entity_without_creator"] = Post("/api/entities", _ => """{"type": "character", "id": "c1"}""", 400, "creator_user_id"),
        ["adjustment_of_zero"] = Post(u => $"/admin/users/{u}/xp", _ => """{"delta": 0, "reason": "none"}""", 400, "delta"),
        ["adjustment_not_a_number"] = Post(u => $"/admin/users/{u}/xp", _ => """{"delta": "lots", "reason": "none"}""", 400, "delta"),
        ["adjustment_without_reason"] = Post(u => $"/admin/users/{u}/xp", _ => """{"delta": 10}""", 400, "reason"),
        ["user_type_unknown"] = Put(u => $"/admin/users/{u}/type", _ => """{"user_type": "Gold"}""", 400, "user_type"),
        ["badge_without_name"] = Post("/admin/badges", _ => """{"description": "no name"}""", 400, "name"),
        ["grant_of_badge_id_with_spaces"] = Post(u => $"/admin/users/{u}/badges", _ => """{"badge_id": "a b"}""", 400, "badge_id"),
    };

    public static TheoryData<string> Names() => [.. All.Keys];

    private static BadInputCase Post(string path, Func<string, string> body, int status, string field, string mediaType = "application/json") =>
        Post(_ => path, body, status, field, mediaType);

    private static BadInputCase Post(Func<string, string> path, Func<string, string> body, int status, string field, string mediaType = "application/json") =>
        new(HttpMethod.Post, path, u => GatewayApi.Raw(body(u), mediaType), status, field);

    private static BadInputCase Put(Func<string, string> path, Func<string, string> body, int status, string field) =>
        new(HttpMethod.Put, path, u => GatewayApi.Raw(body(u), "application/json"), status, field);

    private static BadInputCase Get(Func<string, string> path, int status, string field) => new(HttpMethod.Get, path, _ => null, status, field);

    private static StreamContent Chunked(string body)
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");
        return content;
    }
}
