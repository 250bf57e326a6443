namespace Gamification.Domain.Rules;

/// <summary>What is being watched.</summary>
public enum WatchKind
{
    Live,
    Replay,
}
