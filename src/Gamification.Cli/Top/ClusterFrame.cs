using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Gamification.Cli.Top;

/// <summary>One frame of <c>top</c>: the call rates, then a row per silo.</summary>
internal static class ClusterFrame
{
    public static IRenderable Render(ClusterSnapshot snapshot, Uri source, DateTimeOffset at)
    {
        var calls = snapshot.Calls ?? new CallRates(0, 0, 0, 0);
        var silos = snapshot.Silos ?? [];
        var header = new Markup(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{source}  {at:HH:mm:ss}Z  silos {silos.Count}  calls/s {calls.PerSecond:N1}  p50 {calls.P50Ms:N1} ms  p99 {calls.P99Ms:N1} ms  errors/s {calls.ErrorsPerSecond:N1}")));
        var table = new Table().AddColumns("silo", "state", "up since", "heartbeat", "partitions", "activations", "cpu", "memory");
        foreach (var silo in silos.OrderBy(s => s.Address, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(silo.Address),
                Markup.Escape(silo.State),
                silo.StartedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-",
                string.Create(CultureInfo.InvariantCulture, $"{silo.HeartbeatAgeSeconds:N1} s"),
                silo.Partitions.ToString(CultureInfo.InvariantCulture),
                silo.Activations.ToString(CultureInfo.InvariantCulture),
                silo.CpuPercent is { } cpu ? string.Create(CultureInfo.InvariantCulture, $"{cpu:N1} %") : "-",
                silo.MemoryBytes is { } bytes ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N0} MiB") : "-");
        }
        return new Rows(header, table);
    }
}
