using System.Globalization;

namespace Gamification.Faults;

/// <summary>
/// The wall clock of every cluster process, moved through libfaketime (Debian's <c>libfaketime</c>): an offset in a
/// file the processes reread each second. Only the wall clock moves; the monotonic clock, which membership probes and timeouts
/// run on, stays real, as it does when NTP steps a machine's clock.
/// </summary>
public sealed class WallClock : IDisposable
{
    private const string Library = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";
    private readonly string _file = Path.Combine(Directory.CreateTempSubdirectory("gamification-faults-clock-").FullName, "offset");

    private WallClock() => File.WriteAllText(_file, "+0");

    /// <summary>How far the processes' clocks are ahead of this machine's.</summary>
    public TimeSpan Offset { get; private set; }

    public static WallClock Start() => File.Exists(Library)
        ? new WallClock()
        : throw new InvalidOperationException($"The clock scenario needs {Library}: apt-get install libfaketime");

    /// <summary>Environment for a process whose wall clock this controls.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["LD_PRELOAD"] = Library,
        ["FAKETIME_TIMESTAMP_FILE"] = _file,
        ["FAKETIME_CACHE_DURATION"] = "1",
        // Probes, timers and timeouts read the monotonic clock: it must stay real (and .NET's sleeps need it unfixed).
        ["FAKETIME_DONT_FAKE_MONOTONIC"] = "1",
        ["FAKETIME_FORCE_MONOTONIC_FIX"] = "0",
    };

    /// <summary>Moves every process's wall clock so that it reads <paramref name="target"/> now (within the processes' one-second reread).</summary>
    public void Set(DateTimeOffset target, DateTimeOffset now)
    {
        Offset = target - now;
        File.WriteAllText(_file, "+" + ((long)Offset.TotalSeconds).ToString(CultureInfo.InvariantCulture));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
}
