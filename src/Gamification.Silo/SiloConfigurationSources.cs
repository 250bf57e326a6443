using Microsoft.Extensions.Configuration;

namespace Gamification.Silo;

/// <summary>
/// Where the silo reads its settings, later ones winning: silo-config/silo.json, silo-config/apps.json,
/// the file named by <c>--config</c> (e.g. silo-config/silo.postgres.json), environment variables
/// (<c>Storage__Provider=Postgres</c>), then the command line.
/// </summary>
internal static class SiloConfigurationSources
{
    public static void Add(ConfigurationManager configuration, string contentRoot, string[] args)
    {
        configuration.AddJsonFile(Path.Combine(contentRoot, "silo-config", "silo.json"), optional: true);
        configuration.AddJsonFile(Path.Combine(contentRoot, "silo-config", "apps.json"), optional: true);
        if (configuration["config"] is { Length: > 0 } extra)
            configuration.AddJsonFile(Path.GetFullPath(extra, contentRoot), optional: false);
        // Added again so that they still override the files above.
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
    }
}
