namespace Gamification.Grains.Notifications;

/// <summary>One receiver of an app's events: where, the shared secret that signs each body, which event types.</summary>
public sealed class Webhook
{
    public string Url { get; set; } = "";

    public string Secret { get; set; } = "";

    /// <summary>Event types sent (<c>level_up</c>, <c>badge_earned</c>, <c>grade_changed</c>); empty sends all.</summary>
    public List<string> Events { get; set; } = [];

    public bool Wants(string type) => Events.Count == 0 || Events.Contains(type, StringComparer.Ordinal);
}
