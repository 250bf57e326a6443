namespace Gamification.Runtime;

/// <summary>Why an activation ends.</summary>
public enum DeactivationReasonCode
{
    /// <summary>Unused for longer than the idle collection age.</summary>
    ActivationIdle,

    /// <summary>The grain called <see cref="Grain.DeactivateOnIdle"/>.</summary>
    ApplicationRequested,

    /// <summary>A state write failed, so the in-memory state can no longer be trusted.</summary>
    ApplicationError,

    /// <summary>The silo is stopping.</summary>
    ShuttingDown,

    /// <summary>The grain's partition moved to another silo (handed back, or its lease lost).</summary>
    PartitionMoved,
}
