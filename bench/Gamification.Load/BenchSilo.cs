using System.Globalization;
using Gamification.Silo;
using Gamification.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Gamification.Load;

/// <summary>The service's own host (the embedded default: one Orleans silo with its HTTP gateway) as the bench runs it.</summary>
internal static class BenchSilo
{
    /// <summary>
    /// A silo on <paramref name="provider"/> storage with the bench's app, its HTTP gateway on a free loopback port,
    /// and its Orleans silo and client ports free ones too (the defaults, 11111 and 30000, may be another run's).
    /// </summary>
    public static WebApplication Build(string provider, string connectionString, IEnumerable<KeyValuePair<string, string?>>? more = null, GrainVariant? variant = null) =>
        SiloApplication.Build([], builder =>
        {
            if (variant is { Without.Count: > 0 })
                builder.Host.UseServiceProviderFactory(new TrimmedServiceProviderFactory(variant));
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = provider,
                ["Storage:ConnectionString"] = connectionString,
                ["Apps:bench:Ruleset"] = Path.Combine(AppContext.BaseDirectory, "bench-ruleset.json"),
                ["Cluster:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
                ["Cluster:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
                ["Logging:LogLevel:Default"] = "Warning",
            }.Concat(more ?? []));
        });
}
