using Microsoft.Playwright;

namespace Gamification.Dashboard.Tests.Browser;

/// <summary>Debian's chromium (scripts/prerequisites.sh installs it), driven headless by Playwright; Playwright never downloads a browser here.</summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Path);

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Path,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
}
