using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace Gamification.Testing;

/// <summary>
/// The silo executable as a separate process on loopback, for tests that kill it (SIGKILL) or
/// pause it (SIGSTOP) the way an operating system or an operator would.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string?> settings;
    private readonly string workingDirectory = Directory.CreateTempSubdirectory("gamification-silo-").FullName;
    private Process? process;

    private SiloProcess(TestStorage storage, string connectionString, TestApiKey key)
    {
        Key = key;
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        settings = TestSiloSettings.For(storage, connectionString);
        settings["Urls"] = BaseAddress.ToString();
        // Ports of their own, so that silo processes of several tests never meet on Orleans's defaults.
        GatewayPort = FreePort.Next();
        settings["Cluster:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        settings["Cluster:GatewayPort"] = GatewayPort.ToString(CultureInfo.InvariantCulture);
        foreach (var (name, value) in key.Settings(0))
            settings[name] = value;
    }

    public Uri BaseAddress { get; }

    public TestApiKey Key { get; }

    /// <summary>The port Orleans clients connect to on 127.0.0.1.</summary>
    public int GatewayPort { get; }

    public int ProcessId => process?.Id ?? throw new InvalidOperationException("The silo is not running");

    public static async Task<SiloProcess> StartAsync(TestStorage storage, string connectionString, TestApiKey key)
    {
        var silo = new SiloProcess(storage, connectionString, key);
        await silo.StartAsync();
        return silo;
    }

    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", Key.Key);
        return client;
    }

    public async Task StartAsync()
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
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilLiveAsync();
    }

    /// <summary>SIGKILL: the process ends at once, with whatever it had in memory.</summary>
    public async Task KillAsync()
    {
        process!.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
            await KillAsync();
        process?.Dispose();
        Directory.Delete(workingDirectory, recursive: true);
    }

    private async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (process!.HasExited)
                throw new InvalidOperationException($"The silo exited with code {process.ExitCode} while starting");
            try
            {
                if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too slow to answer on a loaded machine.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The silo at {BaseAddress} did not become ready");
    }
}
