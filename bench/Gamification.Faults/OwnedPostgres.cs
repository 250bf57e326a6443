using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Gamification.Faults;

/// <summary>
/// A PostgreSQL server of the campaign's own (fresh folder under /tmp, loopback, free port) that a scenario may
/// restart; the shared test server is never touched. As root every server command runs as the 'postgres' user.
/// </summary>
public sealed class OwnedPostgres : IAsyncDisposable
{
    private static readonly bool AsRoot = Environment.UserName == "root";
    private readonly string bin;
    private readonly string root;

    private OwnedPostgres(string bin, string root, int port)
    {
        this.bin = bin;
        this.root = root;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    public string ConnectionString { get; }

    private string Data => Path.Combine(root, "data");

    public static async Task<OwnedPostgres> StartAsync()
    {
        var server = new OwnedPostgres(Binaries(), Directory.CreateTempSubdirectory("gamification-faults-pg-").FullName, FreePort());
        if (AsRoot)
            await RunAsync("chown", ["postgres", server.root]);
        await server.PgAsync("initdb", ["-D", server.Data, "--auth=trust", "-U", "postgres", "--no-sync"]);
        var port = new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString).Port;
        await server.PgAsync("pg_ctl", ["-D", server.Data, "-l", Path.Combine(server.root, "server.log"), "-w", "-o",
            $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={server.root} -c max_connections=300", "start"]);
        return server;
    }

    /// <summary><c>pg_ctl restart -m fast</c>: every session ends, the server comes back on the same port.</summary>
    public Task RestartAsync() => PgAsync("pg_ctl", ["-D", Data, "-l", Path.Combine(root, "server.log"), "-m", "fast", "-w", "restart"]);

    public async ValueTask DisposeAsync()
    {
        await PgAsync("pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"]);
        Directory.Delete(root, recursive: true);
    }

    private Task PgAsync(string program, IReadOnlyList<string> arguments) =>
        AsRoot ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, program), .. arguments]) : RunAsync(Path.Combine(bin, program), arguments);

    private static string Binaries() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(v => int.TryParse(Path.GetFileName(v), out var major) ? major : 0).Select(v => Path.Combine(v, "bin"))
                : [])
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "initdb")))
        ?? throw new InvalidOperationException("No PostgreSQL to restart: initdb and pg_ctl are neither on PATH nor under /usr/lib/postgresql/<version>/bin.");

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
            throw new InvalidOperationException($"'{program} {string.Join(' ', arguments)}' exited with {process.ExitCode}.\n{await output}\n{await errors}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
