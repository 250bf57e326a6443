using System.Diagnostics;

namespace Gamification.Testing;

/// <summary>
/// The test run's own PostgreSQL server (a <see cref="ThrowawayPostgres"/>), stopped and deleted when the process exits.
/// </summary>
internal static class LocalPostgresCluster
{
    public static async Task<string> StartAsync()
    {
        var server = await ThrowawayPostgres.StartAsync("gamification-pg-");
        StopWhenThisProcessEnds(server);
        return server.ConnectionString;
    }

    /// <summary>
    /// A detached watcher stops the server and deletes its folder once this process is gone, however
    /// it ends: the test host may be killed before exit handlers finish, or crash.
    /// </summary>
    private static void StopWhenThisProcessEnds(ThrowawayPostgres server)
    {
        var watcher = new ProcessStartInfo("setsid");
        foreach (var argument in new[] { "sh", "-c", $"exec >/dev/null 2>&1 </dev/null; while kill -0 {Environment.ProcessId}; do sleep 1; done; {server.StopCommand}; rm -rf '{server.Root}'" })
            watcher.ArgumentList.Add(argument);
        Process.Start(watcher)!.Dispose();
    }
}
