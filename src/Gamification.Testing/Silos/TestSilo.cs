using Gamification.Client;
using Gamification.Silo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans;
using Orleans.TestingHost;

namespace Gamification.Testing;

/// <summary>
/// The embedded default in a test: a silo with its gateway on loopback, on a fresh database, with
/// every seed preset as an app and a fake clock the test drives. Restart keeps the database.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    /// <summary>Where a test silo's clock starts: a working morning, far from UTC midnight.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> settings;
    private readonly string? sqliteFile;
    private WebApplication app;

    private TestSilo(TestStorage storage, string connectionString, string? sqliteFile, IReadOnlyDictionary<string, string?>? overrides)
    {
        Storage = storage;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        settings = TestSiloSettings.For(storage, connectionString);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;

        app = Build();
    }

    public TestStorage Storage { get; }

    public string ConnectionString { get; }

    public FakeTimeProvider Clock { get; } = new(Morning) { AutoAdvanceAmount = TimeSpan.Zero };

    public IServiceProvider Services => app.Services;

    public IGamificationClient Client => Services.GetRequiredService<IGamificationClient>();

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The gateway's address on loopback.</summary>
    public Uri BaseAddress => new(app.Urls.First());

    public static async Task<TestSilo> StartAsync(TestStorage storage, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var (connectionString, file) = storage == TestStorage.Postgres
            ? (await PostgresServer.CreateDatabaseAsync("silo"), null)
            : SqliteFile();
        var silo = new TestSilo(storage, connectionString, file, overrides);
        await silo.app.StartAsync();
        return silo;
    }

    /// <summary>A second silo on the same database (and its own clock and activations), as a cut-off or paused silo would be.</summary>
    public async Task<TestSilo> StartTwinAsync()
    {
        // Its own ports make it a second cluster on the same database: two activations of every grain it touches.
        var twin = new TestSilo(Storage, ConnectionString, sqliteFile: null, settings);
        await twin.app.StartAsync();
        return twin;
    }

    /// <summary>
    /// Stops the silo (activations deactivate, writes flush) and starts a new one on the same database and clock;
    /// <paramref name="whileDown"/> runs in between, for example to move the clock past midnight.
    /// </summary>
    public async Task RestartAsync(Action? whileDown = null)
    {
        await app.StopAsync();
        await app.DisposeAsync();
        whileDown?.Invoke();
        app = Build();
        await app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        if (sqliteFile is not null)
        {
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(sqliteFile)!, Path.GetFileName(sqliteFile) + "*"))
                File.Delete(file);
        }
    }

    private WebApplication Build() => SiloApplication.Build([], builder =>
    {
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.UseTestSilo(Clock);
    });

    private static (string ConnectionString, string File) SqliteFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "gamification-tests");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        return ($"Data Source={file}", file);
    }
}
