namespace Gamification.Testing;

/// <summary>The settings a test silo starts with: every seed preset as an app, fast reminders, loopback, quiet logs.</summary>
internal static class TestSiloSettings
{
    public static readonly string[] Presets = ["mikoshi", "storybook", "degentalk", "academy"];

    public static Dictionary<string, string?> For(TestStorage storage, string connectionString)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = storage == TestStorage.Postgres ? "Postgres" : "Sqlite",
            ["Storage:ConnectionString"] = connectionString,
            ["Silo:Reminders:MinimumReminderPeriod"] = "00:00:01",
            ["Logging:LogLevel:Default"] = "Warning",
            // Off where the fake clock jumps (see MidnightCatchUpOptions.Enabled); tests of it and real processes turn it on.
            ["MidnightCatchUp:Enabled"] = "false",
            // Every reminder due at midnight itself, so that a test's clock crosses midnight and sees the tick; one test spreads them.
            ["MidnightReset:Spread"] = "00:00:00",
        };
        foreach (var preset in Presets)
            settings[$"Apps:{preset}:Ruleset"] = Path.Combine(AppContext.BaseDirectory, "rulesets", $"{preset}.json");
        return settings;
    }
}
