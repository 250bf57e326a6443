namespace Gamification.Runtime;

/// <summary>How a silo answered a <see cref="GrainCallRequest"/>.</summary>
public enum GrainCallOutcome : byte
{
    /// <summary>The call ran; the result follows as JSON.</summary>
    Completed = 0,

    /// <summary>This silo does not hold the grain's partition; the owner it knows of follows (none when unowned).</summary>
    Moved = 1,

    /// <summary>The call ran and threw; the failure follows.</summary>
    Failed = 2,
}
