namespace Gamification.Runtime;

/// <summary>Where a silo is in its life, as the membership table records it.</summary>
public enum SiloState
{
    /// <summary>Registered, not yet holding partitions.</summary>
    Joining,

    /// <summary>Heartbeating and serving its partitions.</summary>
    Active,

    /// <summary>Deactivating its grains and handing its partitions back.</summary>
    ShuttingDown,

    /// <summary>Stopped gracefully.</summary>
    Stopped,

    /// <summary>Declared dead by the others after its heartbeat went stale.</summary>
    Dead,
}
