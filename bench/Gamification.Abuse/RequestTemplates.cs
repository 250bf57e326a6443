namespace Gamification.Abuse;

/// <summary>Every endpoint of the gateway an app reaches, as a valid request for a victim user.</summary>
public static class RequestTemplates
{
    public static IReadOnlyList<RequestTemplate> For(string victim, string module, string key)
    {
        var user = Quote(victim);
        var idempotency = Quote(key);
        RequestField Id(string name, string value, FieldPlace place = FieldPlace.Body) => new(name, FieldKind.Id, place, Quote(value));
        return
        [
            new(HttpMethod.Post, "/api/exp/gain", true,
                [Id("user_id", victim), Id("action", "create_character"), Id("target_type", "character"), Id("target_id", "abuse-c1"), Id("idempotency_key", key)]),
            new(HttpMethod.Post, "/api/exp/gain", true,
                [Id("user_id", victim), Id("action", "daily_chat"), new("amount", FieldKind.Number, FieldPlace.Body, "null"), Id("idempotency_key", key)]),
            new(HttpMethod.Post, "/api/entities", true, [Id("type", "character"), Id("id", "abuse-c2"), Id("creator_user_id", victim)]),
            new(HttpMethod.Post, "/api/modules/{module_id}/messages", true, [Id("module_id", module, FieldPlace.Path), Id("user_id", victim), Id("idempotency_key", key)]),
            new(HttpMethod.Put, "/api/modules/{module_id}/users/{user_id}", true,
                [Id("module_id", module, FieldPlace.Path), Id("user_id", victim, FieldPlace.Path), new("completion_status", FieldKind.Word, FieldPlace.Body, "\"completed\"")]),
            new(HttpMethod.Post, "/api/watch/heartbeat", true,
                [Id("user_id", victim), Id("stream_id", "abuse-stream"), new("kind", FieldKind.Word, FieldPlace.Body, "\"live\""), Id("idempotency_key", key)]),
            new(HttpMethod.Post, "/admin/users/{user_id}/xp", true,
                [Id("user_id", victim, FieldPlace.Path), new("delta", FieldKind.Number, FieldPlace.Body, "5"), Id("idempotency_key", key)]),
            new(HttpMethod.Post, "/admin/users/{user_id}/badges", true, [Id("user_id", victim, FieldPlace.Path), Id("badge_id", "abuse-badge")]),
            new(HttpMethod.Put, "/admin/users/{user_id}/type", true, [Id("user_id", victim, FieldPlace.Path), new("user_type", FieldKind.Word, FieldPlace.Body, "\"Paid\"")]),
            new(HttpMethod.Get, "/api/users/{user_id}/progress", false, [Id("user_id", victim, FieldPlace.Path)]),
            new(HttpMethod.Get, "/api/users/{user_id}/history", false,
                [Id("user_id", victim, FieldPlace.Path), new("limit", FieldKind.Number, FieldPlace.Query, "5")]),
            new(HttpMethod.Get, "/api/exp/limits", false, [Id("user_id", victim, FieldPlace.Query)]),
            new(HttpMethod.Get, "/admin/users", false, [Id("search", victim, FieldPlace.Query), new("limit", FieldKind.Number, FieldPlace.Query, "5")]),
            new(HttpMethod.Get, "/admin/users/{user_id}/badges", false, [Id("user_id", victim, FieldPlace.Path)]),
            new(HttpMethod.Get, "/api/modules/{module_id}/users", false, [Id("module_id", module, FieldPlace.Path)]),
        ];

        string Quote(string text) => new HostileText(text).Json;
    }
}
