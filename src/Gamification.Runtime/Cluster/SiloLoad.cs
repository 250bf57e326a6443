namespace Gamification.Runtime;

/// <summary>What a silo reports with each heartbeat, for operators.</summary>
/// <param name="Activations">Its activation count.</param>
/// <param name="CpuPercent">Its process CPU use since the previous heartbeat (100 per busy core).</param>
/// <param name="MemoryBytes">Its process working set.</param>
public sealed record SiloLoad(int Activations, double CpuPercent, long MemoryBytes);
