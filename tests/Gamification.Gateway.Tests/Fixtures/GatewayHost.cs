using Gamification.Silo;
using Gamification.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gamification.Gateway.Tests.Fixtures;

/// <summary>The embedded silo and its gateway on loopback, with a test's settings and clock.</summary>
public static class GatewayHost
{
    public static WebApplication Build(IEnumerable<KeyValuePair<string, string?>> settings, TimeProvider clock, RecentLog? logs = null) =>
        SiloApplication.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(settings);
            builder.UseTestSilo(clock);
            if (logs is not null)
                builder.Logging.AddProvider(logs).AddFilter<RecentLog>(null, LogLevel.Trace);
        });

    /// <summary>A fresh SQLite file in <paramref name="folder"/>, the seed presets as apps, quiet logs.</summary>
    public static Dictionary<string, string?> Settings(string folder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "gateway.db")}",
            ["Gateway:KeyFile"] = Path.Combine(folder, "gateway-keys.json"),
            ["Gateway:CredentialsFile"] = Path.Combine(folder, "credentials.txt"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var app in TestKeys.Apps)
            settings[$"Apps:{app}:Ruleset"] = Path.Combine(AppContext.BaseDirectory, "rulesets", $"{app}.json");
        return settings;
    }
}
