namespace Gamification.Runtime;

/// <summary>One silo as the cluster sees it: the membership row plus what its last heartbeat reported.</summary>
/// <param name="Address">The silo's endpoint and generation.</param>
/// <param name="State">Its state in the membership table.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="LastHeartbeat">When it last heartbeat.</param>
/// <param name="PartitionsHeld">How many partition leases it holds.</param>
/// <param name="Activations">Its activation count at the last heartbeat.</param>
/// <param name="CpuPercent">Its process CPU use at the last heartbeat (0-100 per core summed).</param>
/// <param name="MemoryBytes">Its process working set at the last heartbeat.</param>
public sealed record SiloStatus(
    SiloAddress Address,
    SiloState State,
    DateTimeOffset StartedAt,
    DateTimeOffset LastHeartbeat,
    int PartitionsHeld,
    int Activations,
    double CpuPercent,
    long MemoryBytes);
