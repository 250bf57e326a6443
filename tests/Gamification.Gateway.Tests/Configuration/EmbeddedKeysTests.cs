using Gamification.Gateway.Authentication;
using Gamification.Gateway.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gamification.Gateway.Tests.Configuration;

/// <summary>Without configured keys, the embedded default makes one per app, once, and only its owner can read them.</summary>
public sealed class EmbeddedKeysTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "gamification-gateway-keys", Guid.NewGuid().ToString("N"));

    [Fact]
    public void First_start_writes_one_full_key_per_app_readable_only_by_the_owner()
    {
        var ring = Ring();

        var keys = ring.Keys;
        var lines = File.ReadAllLines(Path.Combine(folder, "data", "credentials.txt"));

        Assert.Equal(["academy", "mikoshi"], keys.Select(k => k.App).Order());
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            var (app, key) = (line.Split('\t')[0], line.Split('\t')[2]);
            var found = ring.Find(key);
            Assert.Equal(app, found?.App);
            Assert.Equal(["admin", "award", "read"], found!.Scopes.Order());
        }
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "data", "credentials.txt")));
        Assert.DoesNotContain(lines[0].Split('\t')[2], File.ReadAllText(Path.Combine(folder, "data", "gateway-keys.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_start_reuses_the_keys_and_writes_no_new_ones()
    {
        var first = Ring();
        Assert.Equal(2, first.Keys.Count);
        var credentials = File.ReadAllText(Path.Combine(folder, "data", "credentials.txt"));
        var key = credentials.Split('\n')[0].Split('\t')[2];

        var second = Ring();
        Assert.Equal(2, second.Keys.Count);

        Assert.Equal(credentials, File.ReadAllText(Path.Combine(folder, "data", "credentials.txt")));
        Assert.Equal(first.Find(key)?.Name, second.Find(key)?.Name);
        Assert.NotNull(second.Find(key));
    }

    [Fact]
    public void A_wrong_key_finds_nothing()
    {
        Assert.Null(Ring().Find("gk_not-the-key"));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    private ApiKeyRing Ring()
    {
        var options = Options.Create(new GatewayOptions());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Apps:mikoshi:Ruleset"] = "mikoshi.json",
            ["Apps:academy:Ruleset"] = "academy.json",
        }).Build();
        var environment = new Host(folder);
        return new ApiKeyRing(options, new EmbeddedKeys(options, configuration, environment, NullLogger<EmbeddedKeys>.Instance));
    }

    private sealed class Host(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
