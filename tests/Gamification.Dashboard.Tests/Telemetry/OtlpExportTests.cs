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

        // Exports before the award's state write may not hold a storage write yet; wait for one that does.
        var received = await ReceiveUntilAsync(collector, "orleans-storage-write-latency", TimeSpan.FromSeconds(30));

        Assert.Equal("/v1/metrics", received.Path);
        Assert.Contains("orleans-grains", received.Body, StringComparison.Ordinal);
    }

    /// <summary>Answers every export with 200 until one names <paramref name="instrument"/> (protobuf keeps names as UTF-8).</summary>
    private static async Task<(string Path, string Body)> ReceiveUntilAsync(HttpListener collector, string instrument, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var context = await collector.GetContextAsync().WaitAsync(deadline.Token);
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body, deadline.Token);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
            var text = Encoding.UTF8.GetString(body.ToArray());
            if (text.Contains(instrument, StringComparison.Ordinal))
                return (context.Request.Url!.AbsolutePath, text);
        }
    }
}
