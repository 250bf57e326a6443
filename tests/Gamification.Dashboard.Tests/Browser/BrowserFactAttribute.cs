namespace Gamification.Dashboard.Tests.Browser;

/// <summary>A browser test: skipped on a developer machine without chromium, but run (and failing) in CI, where a missing browser is a broken setup.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.InCi)
            Skip = $"{Chromium.Path} is not installed (scripts/prerequisites.sh installs it; in CI this test fails instead)";
    }
}
