namespace Gamification.Testing;

/// <summary>Finds the folder holding <c>initdb</c> and <c>pg_ctl</c>: PATH first, then the newest /usr/lib/postgresql/*/bin.</summary>
internal static class PostgresBinaries
{
    public static string Find()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(v => int.TryParse(Path.GetFileName(v), out var major) ? major : 0).Select(v => Path.Combine(v, "bin"))
            : [];
        return onPath.Concat(installed).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                $"No PostgreSQL for the tests: set {PostgresServer.EnvironmentVariable} to a connection string of a server, "
                + "or install PostgreSQL so that initdb and pg_ctl are on PATH or under /usr/lib/postgresql/<version>/bin (scripts/prerequisites.sh does).");
    }
}
