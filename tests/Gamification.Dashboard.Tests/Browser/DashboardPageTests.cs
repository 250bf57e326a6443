using Gamification.Contracts.Awards;
using Microsoft.Playwright;

namespace Gamification.Dashboard.Tests.Browser;

/// <summary>The page in a real browser against a running silo: sign in, see the silo and the live chart, inspect a user, open the Orleans dashboard.</summary>
public sealed class DashboardPageTests(DashboardSilo silo) : IClassFixture<DashboardSilo>
{
    [BrowserFact]
    public async Task An_operator_signs_in_sees_the_silo_and_the_chart_and_inspects_a_users_xp_and_ledger()
    {
        await SpreadCallsOverMinutesAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(new Uri(silo.BaseAddress, "/dashboard").ToString());
        await page.FillAsync("#login-name", DashboardSilo.UserName);
        await page.FillAsync("#login-password", DashboardSilo.Password);
        await page.ClickAsync("#login-form button[type=submit]");

        var siloRow = page.Locator("#silos tbody tr").First;
        await Assertions.Expect(siloRow).ToContainTextAsync("Active");
        await Assertions.Expect(page.Locator("#calls-chart polyline").First).ToBeAttachedAsync();
        await page.WaitForFunctionAsync("() => Number(document.getElementById('calls-chart').dataset.points) > 0");
        var points = int.Parse(await page.Locator("#calls-chart").GetAttributeAsync("data-points") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var dots = await page.Locator("#calls-chart circle").CountAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(TestResults.Folder(), "dashboard-cluster.png"), FullPage = true });

        await page.ClickAsync("nav button[data-view=inspector]");
        await page.SelectOptionAsync("#inspect-app", "mikoshi");
        await page.FillAsync("#inspect-id", "alice");
        await page.ClickAsync("#inspect-form button[type=submit]");
        await Assertions.Expect(page.Locator("#inspect-cards")).ToHaveAttributeAsync("data-xp", "35");
        await Assertions.Expect(page.Locator("#inspect-ledger tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#inspect-ledger tbody")).ToContainTextAsync("create_character");
        await Assertions.Expect(page.Locator("#inspect-ledger tbody")).ToContainTextAsync("requested 5, granted 5");
        await page.ScreenshotAsync(new() { Path = Path.Combine(TestResults.Folder(), "dashboard-inspector.png"), FullPage = true });

        Assert.True(points > 10);
        Assert.Equal(points, dots);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task A_signed_in_operator_follows_the_link_to_the_orleans_dashboard_which_loads_behind_the_same_sign_in()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var refused = await page.GotoAsync(new Uri(silo.BaseAddress, "/dashboard/orleans/").ToString());
        var sentToSignIn = new Uri(page.Url).AbsolutePath;
        await page.FillAsync("#login-name", DashboardSilo.UserName);
        await page.FillAsync("#login-password", DashboardSilo.Password);
        await page.ClickAsync("#login-form button[type=submit]");
        var link = page.Locator("#orleans-link");
        await Assertions.Expect(link).ToBeVisibleAsync();
        var opened = await page.RunAndWaitForResponseAsync(() => link.ClickAsync(), r => new Uri(r.Url).AbsolutePath == "/dashboard/orleans/");
        // Orleans's page draws the cluster from its own API, which the same cookie opens.
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Orleans Dashboard");
        await Assertions.Expect(page.GetByText("Active silos")).ToBeVisibleAsync();
        var version = await page.RunAndWaitForResponseAsync(
            () => page.EvaluateAsync("() => fetch('/dashboard/orleans/version')"), r => r.Url.EndsWith("/dashboard/orleans/version", StringComparison.Ordinal));
        await page.ScreenshotAsync(new() { Path = Path.Combine(TestResults.Folder(), "dashboard-orleans.png"), FullPage = true });

        Assert.Equal("/dashboard", sentToSignIn);
        Assert.Equal(200, refused?.Status);
        Assert.Equal(200, opened.Status);
        Assert.Equal(200, version.Status);
    }

    [BrowserFact]
    public async Task Without_credentials_the_page_shows_the_sign_in_form_and_no_view()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(silo.BaseAddress, "/dashboard").ToString());

        await Assertions.Expect(page.Locator("#login")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#view-cluster")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#tabs")).ToBeHiddenAsync();
    }

    /// <summary>Fans like zed's character second after second of the silo's clock for four minutes, so the chart has a line to draw.</summary>
    private async Task SpreadCallsOverMinutesAsync()
    {
        var client = silo.Silo.Client;
        await client.AwardAsync("mikoshi", new AwardCommand("zed", "create_character", "", new EntityTarget("character", "z1")));
        for (var i = 0; i < 240; i++)
        {
            for (var fan = 0; fan <= i % 4; fan++)
                await client.AwardAsync("mikoshi", new AwardCommand($"fan{i}-{fan}", "character_liked", "", new EntityTarget("character", "z1")));
            silo.Silo.Clock.Advance(TimeSpan.FromSeconds(1));
        }
    }
}
