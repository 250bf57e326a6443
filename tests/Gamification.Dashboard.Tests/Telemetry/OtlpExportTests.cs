using System.Net;
using System.Text;
using Gamification.Contracts.Awards;
using Gamification.Testing;

namespace Gamification.Dashboard.Tests.Telemetry;

/// <summary>With Telemetry:OtlpEndpoint set, the silo pushes Orleans's meter to an OTLP collector (here a loopback HTTP listener).</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task With_an_otlp_endpoint_the_silo_exports_the_orleans_instruments_over_otlp_http()
    {
        var port = FreePort.Next();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var settings = new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = $"http://127.0.0.1:{port}/v1/metrics",
            ["Telemetry:OtlpProtocol"] = "http/protobuf",
            ["Telemetry:ExportInterval"] = "00:00:00.200",
        };
        await using var silo = await TestSilo.StartAsync(TestStorage.Sqlite, settings);
        await silo.Client.AwardAsync("mikoshi", new AwardCommand("gus", "create_character", "", new EntityTarget("character", "g1")));

        // The activation and the state write may land in different 200 ms exports: collect until both were named.
        var received = await ReceiveUntilAsync(collector, ["orleans-grains", "orleans-storage-write-latency"], TimeSpan.FromSeconds(30));

        Assert.All(received, path => Assert.Equal("/v1/metrics", path));
    }

    /// <summary>
    /// Answers every export with 200 until each of <paramref name="instruments"/> was named by one of them (protobuf
    /// keeps names as UTF-8); returns the paths the exports were posted to.
    /// </summary>
    private static async Task<List<string>> ReceiveUntilAsync(HttpListener collector, string[] instruments, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var missing = new HashSet<string>(instruments);
        var paths = new List<string>();
        while (true)
        {
            var context = await collector.GetContextAsync().WaitAsync(deadline.Token).ContinueWith(
                t => t.IsCanceled ? throw new TimeoutException($"No export named {string.Join(", ", missing)} within {timeout}") : t.Result,
                TaskScheduler.Default);
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body, deadline.Token);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
            var text = Encoding.UTF8.GetString(body.ToArray());
            paths.Add(context.Request.Url!.AbsolutePath);
            missing.RemoveWhere(instrument => text.Contains(instrument, StringComparison.Ordinal));
            if (missing.Count == 0)
                return paths;
        }
    }
}
