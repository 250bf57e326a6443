using System.Diagnostics;

namespace Gamification.Testing;

/// <summary>
/// A PostgreSQL server in a fresh folder under /tmp, on a free loopback port, with the default durable settings
/// (fsync on), that its owner may restart and stops. As root every server command runs as the 'postgres' user,
/// since PostgreSQL refuses to run as root.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private static readonly bool AsRoot = Environment.UserName == "root";
    private readonly string _bin;

    private ThrowawayPostgres(string bin, string root, int port)
    {
        _bin = bin;
        Root = root;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    public string ConnectionString { get; }

    /// <summary>The server's folder: its data, its log and its socket.</summary>
    public string Root { get; }

    /// <summary>A shell command that stops the server, for a watcher that outlives this process.</summary>
    public string StopCommand => $"{(AsRoot ? "runuser -u postgres -- " : "")}'{Path.Combine(_bin, "pg_ctl")}' -D '{Data}' -m immediate -w stop";

    private string Data => Path.Combine(Root, "data");

    private string Log => Path.Combine(Root, "server.log");

    /// <param name="folderPrefix">The name the server's folder under /tmp starts with.</param>
    public static async Task<ThrowawayPostgres> StartAsync(string folderPrefix)
    {
        var port = FreePort.Next();
        var server = new ThrowawayPostgres(PostgresBinaries.Find(), Directory.CreateTempSubdirectory(folderPrefix).FullName, port);
        if (AsRoot)
            await RunAsync("chown", ["postgres", server.Root]);
        // initdb may skip its own fsyncs: nothing in a new cluster is worth keeping through a crash.
        await server.PgAsync("initdb", ["-D", server.Data, "--auth=trust", "-U", "postgres", "--no-sync"]);
        await server.PgAsync("pg_ctl", ["-D", server.Data, "-l", server.Log, "-w", "-o",
            $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={server.Root} -c max_connections=300", "start"]);
        return server;
    }

    /// <summary><c>pg_ctl restart -m fast</c>: every session ends, the server comes back on the same port.</summary>
    public Task RestartAsync() => PgAsync("pg_ctl", ["-D", Data, "-l", Log, "-m", "fast", "-w", "restart"]);

    public async ValueTask DisposeAsync()
    {
        await PgAsync("pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"]);
        Directory.Delete(Root, recursive: true);
    }

    private Task PgAsync(string program, IReadOnlyList<string> arguments) =>
        AsRoot ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, program), .. arguments]) : RunAsync(Path.Combine(_bin, program), arguments);

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
            throw new InvalidOperationException($"PostgreSQL for the tests: '{program} {string.Join(' ', arguments)}' exited with {process.ExitCode}.\n{await output}\n{await errors}");
    }
}
