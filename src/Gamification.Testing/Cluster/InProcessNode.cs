using System.Net.Http.Headers;
using Gamification.Runtime;
using Gamification.Silo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gamification.Testing;

/// <summary>One cluster process (silo or gateway) hosted in the test process on loopback, with the system clock.</summary>
public sealed class InProcessNode : IAsyncDisposable
{
    private readonly WebApplication app;

    private InProcessNode(Dictionary<string, string?> settings, TestApiKey key)
    {
        Key = key;
        Gateway = new Uri(settings["Urls"]!);
        app = SiloApplication.Build([], builder =>
        {
            builder.WebHost.UseUrls(Gateway.ToString());
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.AddProvider(Log);
        });
    }

    /// <summary>The node's HTTP gateway.</summary>
    public Uri Gateway { get; }

    public TestApiKey Key { get; }

    /// <summary>This node's newest log lines, at the levels its settings enable.</summary>
    public RecentLog Log { get; } = new();

    public IServiceProvider Services => app.Services;

    /// <summary>This node's grain factory: calls route by partition like any caller's.</summary>
    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public static async Task<InProcessNode> StartAsync(Dictionary<string, string?> settings, TestApiKey key)
    {
        var node = new InProcessNode(settings, key);
        await node.app.StartAsync();
        return node;
    }

    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", Key.Key);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
