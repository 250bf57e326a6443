using System.Diagnostics;

namespace Gamification.Runtime;

/// <summary>Measures this process's CPU use between two heartbeats, and its memory.</summary>
internal sealed class ProcessLoad(TimeProvider clock)
{
    private TimeSpan _cpu = CpuTime();
    private long _at = clock.GetTimestamp();

    public SiloLoad Sample(int activations)
    {
        var cpu = CpuTime();
        var elapsed = clock.GetElapsedTime(_at);
        var percent = elapsed > TimeSpan.Zero ? (cpu - _cpu) / elapsed * 100 : 0;
        (_cpu, _at) = (cpu, clock.GetTimestamp());
        using var process = Process.GetCurrentProcess();
        return new SiloLoad(activations, Math.Round(percent, 1), process.WorkingSet64);
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
