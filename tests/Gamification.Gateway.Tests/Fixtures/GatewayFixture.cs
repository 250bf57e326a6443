using Gamification.Testing;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Builder;

namespace Gamification.Gateway.Tests.Fixtures;

/// <summary>
/// One embedded silo with its gateway per test collection: a fresh SQLite file, the seed presets as
/// apps, known test keys and JWT secret, and a clock the tests drive. Tests use fresh user ids.
/// </summary>
public sealed class GatewayFixture : IAsyncLifetime, IDisposable
{
    /// <summary>A weekday morning, far from UTC midnight; tests that cross midnight move the clock on.</summary>
    public static readonly DateTimeOffset Start = new(2030, 3, 4, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder folder = new();
    private HttpClient? http;

    public FakeTimeProvider Clock { get; } = new(Start);

    public WebApplication App { get; private set; } = null!;

    public GatewayApi Api { get; private set; } = null!;

    // Every line the shared gateway writes over the whole run, for tests of what it logs.
    public RecentLog Logs { get; } = new(capacity: int.MaxValue);

    public async Task InitializeAsync()
    {
        var settings = GatewayHost.Settings(folder.Path);
        settings["Gateway:Jwt:Secret"] = TestTokens.Secret;
        App = GatewayHost.Build(settings.Concat(TestKeys.Settings()), Clock, Logs);
        await App.StartAsync();
        http = new HttpClient { BaseAddress = new Uri(App.Urls.First()) };
        Api = new GatewayApi(http);
    }

    public void Dispose()
    {
        http?.Dispose();
        folder.Dispose();
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    /// <summary>Moves the clock to just after the next UTC midnight.</summary>
    public void PassMidnight()
    {
        var now = Clock.GetUtcNow();
        Clock.SetUtcNow(new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero).AddMinutes(1));
    }

    public int SecondsToMidnight()
    {
        var now = Clock.GetUtcNow();
        return (int)Math.Ceiling((now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime).TotalSeconds);
    }
}
