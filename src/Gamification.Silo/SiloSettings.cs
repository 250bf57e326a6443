using Gamification.Contracts;
using Gamification.Domain.Rules.Json;
using Gamification.Grains.Apps;
using Microsoft.Extensions.Configuration;

namespace Gamification.Silo;

/// <summary>The silo's settings from silo-config/*.json and the environment, checked as a whole at start.</summary>
public sealed record SiloSettings(StorageProvider Storage, string ConnectionString, IReadOnlyList<AppRuleset> Apps)
{
    public static SiloSettings Read(IConfiguration configuration, string contentRoot, ClusterRole role = ClusterRole.Embedded)
    {
        var problems = new List<string>();
        var provider = configuration["Storage:Provider"] ?? nameof(StorageProvider.Sqlite);
        if (!Enum.TryParse<StorageProvider>(provider, ignoreCase: true, out var storage) || !Enum.IsDefined(storage))
            problems.Add($"Storage:Provider must be Sqlite or Postgres (is '{provider}')");
        var connection = configuration["Storage:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connection))
            problems.Add("Storage:ConnectionString is required (e.g. 'Data Source=data/gamification.db')");
        else if (storage == StorageProvider.Sqlite)
            connection = SqliteFile.Resolve(connection, contentRoot);
        if (role == ClusterRole.Silo && storage != StorageProvider.Postgres)
            problems.Add("Storage:Provider must be Postgres when Cluster:Role is Silo: silos share the membership table, state and reminders there");

        var apps = configuration.GetSection("Apps").GetChildren().ToList();
        if (apps.Count == 0)
            problems.Add("Apps: no app is configured (expected Apps:<app id>:Ruleset = a ruleset file)");
        var rulesets = apps.Select(app => ReadApp(app, contentRoot, problems)).OfType<AppRuleset>().ToList();

        return problems.Count == 0
            ? new SiloSettings(storage, connection!, rulesets)
            : throw new SiloConfigurationException(problems);
    }

    private static AppRuleset? ReadApp(IConfigurationSection app, string contentRoot, List<string> problems)
    {
        var key = $"Apps:{app.Key}:Ruleset";
        if (!Ids.IsValid(app.Key))
        {
            problems.Add($"Apps:{app.Key}: the app id {Ids.Rule}");
            return null;
        }
        if (app["Ruleset"] is not { Length: > 0 } file)
        {
            problems.Add($"{key} is required: the ruleset file of app '{app.Key}'");
            return null;
        }
        var path = Path.GetFullPath(file, contentRoot);
        if (!File.Exists(path))
        {
            problems.Add($"{key}: no file at {path}");
            return null;
        }
        var document = File.ReadAllText(path);
        var load = RulesetReader.Read(document);
        problems.AddRange(load.Errors.Select(e => $"{key} ({file}): {e}"));
        return load.Ruleset is { } rules ? new AppRuleset(app.Key, rules, document) : null;
    }
}
