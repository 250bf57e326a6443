using System.Diagnostics;
using System.Globalization;

namespace Gamification.Load;

/// <summary>
/// CPU spent during one run: by the whole machine (silo, load generator and PostgreSQL alike, from
/// <c>/proc/stat</c>) and by this process. Per award, it says what a design costs, whether or not it saturated the cores.
/// </summary>
internal sealed class CpuMeter
{
    private readonly TimeSpan? machineAtStart = MachineBusy();
    private readonly TimeSpan processAtStart = Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>Microseconds of CPU per award since this meter started: the machine's (null off Linux) and this process's.</summary>
    public (double? Machine, double Process) PerAward(long awards)
    {
        var process = Process.GetCurrentProcess().TotalProcessorTime - processAtStart;
        var machine = MachineBusy() - machineAtStart;
        return awards == 0 ? (null, 0) : (machine?.TotalMicroseconds / awards, process.TotalMicroseconds / awards);
    }

    /// <summary>All cores' non-idle time since boot; the first line of /proc/stat counts ticks of 1/100 s.</summary>
    private static TimeSpan? MachineBusy()
    {
        if (!File.Exists("/proc/stat"))
            return null;
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal: idle and iowait are not busy; guest time is already in user.
        var busy = ticks[..8].Sum() - ticks[3] - ticks[4];
        return TimeSpan.FromMilliseconds(busy * 10);
    }
}
