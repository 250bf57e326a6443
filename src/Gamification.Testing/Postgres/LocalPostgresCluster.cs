using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Gamification.Testing;

/// <summary>
/// A PostgreSQL server in a fresh folder under /tmp, on a free loopback port, with the default
/// durable settings (fsync on); stopped and deleted when the process exits.
/// </summary>
internal static class LocalPostgresCluster
{
    // PostgreSQL refuses to run as root, so as root every server command runs as the 'postgres' user.
    private static readonly bool AsRoot = Environment.UserName == "root";

    public static async Task<string> StartAsync()
    {
        var bin = PostgresBinaries.Find();
        var root = Directory.CreateTempSubdirectory("gamification-pg-").FullName;
        var data = Path.Combine(root, "data");
        var port = FreePort();
        if (AsRoot)
            await RunAsync("chown", ["postgres", root]);
        // initdb may skip its own fsyncs: nothing in a new cluster is worth keeping through a crash.
        await RunAsServerUserAsync(Path.Combine(bin, "initdb"), ["-D", data, "--auth=trust", "-U", "postgres", "--no-sync"]);
        await RunAsServerUserAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-o",
            $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={root} -c max_connections=300", "start"]);
        StopWhenThisProcessEnds(bin, data, root);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    /// <summary>
    /// A detached watcher stops the server and deletes its folder once this process is gone, however
    /// it ends: the test host may be killed before exit handlers finish, or crash.
    /// </summary>
    private static void StopWhenThisProcessEnds(string bin, string data, string root)
    {
        var stop = $"{(AsRoot ? "runuser -u postgres -- " : "")}'{Path.Combine(bin, "pg_ctl")}' -D '{data}' -m immediate -w stop";
        var watcher = new ProcessStartInfo("setsid");
        foreach (var argument in new[] { "sh", "-c", $"exec >/dev/null 2>&1 </dev/null; while kill -0 {Environment.ProcessId}; do sleep 1; done; {stop}; rm -rf '{root}'" })
            watcher.ArgumentList.Add(argument);
        Process.Start(watcher)!.Dispose();
    }

    private static Task RunAsServerUserAsync(string program, IReadOnlyList<string> arguments) =>
        AsRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"Starting the test PostgreSQL server failed: '{program} {string.Join(' ', arguments)}' exited with {process.ExitCode}.\n{await output}\n{await errors}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
