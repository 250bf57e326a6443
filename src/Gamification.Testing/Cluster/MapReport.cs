using System.Globalization;
using System.Text;
using Npgsql;

namespace Gamification.Testing;

/// <summary>Where the silos' partition maps and the lease table disagree, for a failing test's output.</summary>
internal static class MapReport
{
    public static async Task<string> DescribeAsync(string connectionString, IReadOnlyList<(string Name, Uri?[] Owners)> maps)
    {
        var leases = new Dictionary<int, string>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT l.partition, m.address, l.epoch, extract(epoch FROM l.expires_at - now()) FROM partition_leases l LEFT JOIN silo_membership m ON m.silo_id = l.owner", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                leases[reader.GetInt32(0)] = $"{(reader.IsDBNull(1) ? "?" : reader.GetString(1))}@{reader.GetInt64(2)} ({reader.GetDouble(3).ToString("0.0", CultureInfo.InvariantCulture)} s left)";
        }
        var report = new StringBuilder($"partition maps at {DateTimeOffset.UtcNow:HH:mm:ss.fff}, where they disagree or name no owner:{Environment.NewLine}");
        var partitions = maps.Count == 0 ? 0 : maps[0].Owners.Length;
        for (var p = 0; p < partitions; p++)
        {
            var owners = maps.Select(m => m.Owners[p]).ToList();
            if (owners.Distinct().Count() == 1 && owners[0] is not null)
                continue;
            report.Append(CultureInfo.InvariantCulture, $"  {p}: lease {leases.GetValueOrDefault(p, "none")}; ");
            report.AppendLine(string.Join(", ", maps.Select(m => $"{m.Name} says {m.Owners[p]?.Authority ?? "nobody"}")));
        }
        return report.ToString();
    }
}
