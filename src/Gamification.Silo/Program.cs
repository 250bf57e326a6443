using Gamification.Domain.Rules.Json;

// Until the runtime lands (issue #3) the silo validates the presets and says what it will start.
var folder = args.FirstOrDefault() ?? Path.Combine("silo-config", "rulesets");
var failed = false;
foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
{
    var load = RulesetReader.Read(File.ReadAllText(file));
    if (load.Ruleset is { } rules)
    {
        Console.WriteLine($"ruleset {rules.Id} v{rules.Version}: {rules.Actions.Count} actions, {rules.Badges.Count} badges ({file})");
        continue;
    }
    failed = true;
    foreach (var error in load.Errors)
        Console.Error.WriteLine($"{file}: {error}");
}
Console.WriteLine("Next: one silo on SQLite (./data), the HTTP gateway and dashboard on http://localhost:5080 (issues #3, #4, #6).");
return failed ? 1 : 0;
