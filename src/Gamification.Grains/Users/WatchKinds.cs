using Gamification.Domain.Rules;

namespace Gamification.Grains.Users;

/// <summary>Watch kinds as callers spell them.</summary>
internal static class WatchKinds
{
    public static WatchKind Parse(string value) => value switch
    {
        "live" => WatchKind.Live,
        "replay" => WatchKind.Replay,
        _ => throw new ArgumentException($"kind must be live or replay (is '{value}')", "kind"),
    };
}
