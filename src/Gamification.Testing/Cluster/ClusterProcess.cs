using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;

namespace Gamification.Testing;

/// <summary>
/// One cluster process (a silo or a gateway) running the real executable on loopback, which a test can stop
/// gracefully (SIGTERM), kill (SIGKILL) or pause and resume (SIGSTOP, SIGCONT).
/// </summary>
public sealed class ClusterProcess : IAsyncDisposable
{
    private const int LogLines = 2000;

    /// <summary>The words of the storage's warning (event 408) when it refuses a write made at an outdated ETag.</summary>
    private const string StaleWriteRefused = "Refused a stale write";
    private int staleWritesRefused;

    /// <summary>The midnight catch-up's summary, for example "... 1200 users read, 6 reset late (their reminder tick was skipped)".</summary>
    private static readonly System.Text.RegularExpressions.Regex ResetLate = new(@"(\d+) reset late \(their reminder tick was skipped\)", System.Text.RegularExpressions.RegexOptions.Compiled);
    private int resetLate;
    private readonly Dictionary<string, string?> settings;
    private readonly ConcurrentQueue<string> log = new();
    private readonly string workingDirectory = Directory.CreateTempSubdirectory("gamification-node-").FullName;
    private Process? process;

    public ClusterProcess(string name, Dictionary<string, string?> settings, TestApiKey key, Uri? siloEndpoint)
    {
        Name = name;
        this.settings = settings;
        Key = key;
        Gateway = new Uri(settings["Urls"]!);
        SiloEndpoint = siloEndpoint;
    }

    /// <summary>A name for messages, for example <c>silo-2</c>.</summary>
    public string Name { get; }

    public TestApiKey Key { get; }

    /// <summary>The process's HTTP gateway.</summary>
    public Uri Gateway { get; }

    /// <summary>The silo endpoint; null for a gateway.</summary>
    public Uri? SiloEndpoint { get; }

    public bool IsRunning => process is { HasExited: false };

    /// <summary>Writes of this silo's activations the storage refused because another activation had written since.</summary>
    public int StaleWritesRefused => Volatile.Read(ref staleWritesRefused);

    /// <summary>Users this silo's midnight catch-up reset because Orleans skipped their midnight tick.</summary>
    public int MidnightsCaughtUp => Volatile.Read(ref resetLate);

    /// <summary>The last lines the process wrote, for a failing test's message.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, log);

    public async Task StartAsync(TimeSpan readyWithin)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "gamification-silo.dll")])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in settings)
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilLiveAsync(readyWithin);
    }

    public HttpClient CreateClient(TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = Gateway, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", Key.Key);
        return client;
    }

    /// <summary>SIGTERM and wait for the exit: the silo deactivates its grains and hands its partitions back.</summary>
    public async Task StopAsync(TimeSpan within)
    {
        await SignalAsync("TERM");
        using var deadline = new CancellationTokenSource(within);
        await process!.WaitForExitAsync(deadline.Token);
    }

    /// <summary>SIGKILL: the process ends at once, with whatever it had in memory.</summary>
    public async Task KillAsync()
    {
        process!.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>SIGSTOP: the process stops running, its sockets stay open (a long GC pause, a frozen VM).</summary>
    public Task PauseAsync() => SignalAsync("STOP");

    /// <summary>SIGCONT after <see cref="PauseAsync"/>.</summary>
    public Task ResumeAsync() => SignalAsync("CONT");

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            await ResumeAsync();
            await KillAsync();
        }
        process?.Dispose();
        Directory.Delete(workingDirectory, recursive: true);
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
    }

    private void Remember(string? line)
    {
        if (line is null)
            return;
        if (line.Contains(StaleWriteRefused, StringComparison.Ordinal))
            Interlocked.Increment(ref staleWritesRefused);
        if (ResetLate.Match(line) is { Success: true } late)
            Interlocked.Add(ref resetLate, int.Parse(late.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        log.Enqueue(line);
        while (log.Count > LogLines)
            log.TryDequeue(out _);
    }

    private async Task WaitUntilLiveAsync(TimeSpan within)
    {
        using var http = new HttpClient { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within)
        {
            if (process!.HasExited)
                throw new InvalidOperationException($"{Name} exited with code {process.ExitCode} while starting:{Environment.NewLine}{RecentOutput}");
            try
            {
                if ((await http.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Name} at {Gateway} did not start within {within}:{Environment.NewLine}{RecentOutput}");
    }
}
