using Gamification.Domain.Rules;
using Gamification.Domain.Rules.Json;

namespace Gamification.Domain.Tests;

/// <summary>The shipped presets, read from <c>silo-config/rulesets</c> (copied beside the tests).</summary>
internal static class Presets
{
    public static Ruleset Mikoshi { get; } = Load("mikoshi");
    public static Ruleset Storybook { get; } = Load("storybook");
    public static Ruleset Degentalk { get; } = Load("degentalk");
    public static Ruleset Academy { get; } = Load("academy");

    public static string Json(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rulesets", $"{name}.json"));

    public static Ruleset Load(string name) => RulesetReader.Read(Json(name)).GetOrThrow(name);
}
