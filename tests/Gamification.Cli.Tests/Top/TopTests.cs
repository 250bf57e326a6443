using Gamification.Cli.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Gamification.Cli.Tests.Top;

/// <summary>
/// <c>top</c> against the dashboard's cluster API contract. That API is built on another branch, so
/// these tests serve its documented body from a tiny Kestrel endpoint on loopback.
/// </summary>
public sealed class TopTests : IAsyncLifetime
{
    private const string Key = "top-test-key";
    private const string Body = """
        {"silos":[{"address":"10.0.0.7:11111","state":"Active","started_at":"2026-11-21T08:00:00Z","heartbeat_age_seconds":1.2,
                   "partitions":1024,"activations":10,"cpu_percent":3.1,"memory_bytes":134217728},
                  {"address":"10.0.0.8:11111","state":"Dead","started_at":"2026-11-21T07:00:00Z","heartbeat_age_seconds":93.0,
                   "partitions":0,"activations":0,"cpu_percent":null,"memory_bytes":null}],
         "calls":{"per_second":12.3,"p50_ms":1.2,"p99_ms":5.3,"errors_per_second":0},
         "series":[{"at":"2026-11-21T09:00:00Z","calls_per_second":12.3}]}
        """;

    private WebApplication dashboard = null!;

    private string Url => dashboard.Urls.First();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        dashboard = builder.Build();
        dashboard.MapGet("/dashboard/api/cluster", (HttpContext context) =>
            context.Request.Headers["X-Api-Key"] == Key ? Results.Text(Body, "application/json") : Results.Problem("admin key required", statusCode: 401));
        await dashboard.StartAsync();
    }

    [Fact]
    public async Task Top_once_prints_one_frame_with_every_silo_the_call_rate_and_p99()
    {
        var run = await CliRun.RunAsync(["top", "--once", "--url", Url, "--key", Key]);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("silos 2", run.Output);
        Assert.Contains("calls/s 12.3", run.Output);
        Assert.Contains("p99 5.3 ms", run.Output);
        Assert.Matches(@"10\.0\.0\.7:11111\s*│\s*Active\s*│\s*2026-11-21 08:00\s*│\s*1.2 s\s*│\s*1024\s*│\s*10\s*│\s*3.1 %\s*│\s*128 MiB", run.Output);
        Assert.Matches(@"10\.0\.0\.8:11111\s*│\s*Dead", run.Output);
    }

    [Fact]
    public async Task Top_with_a_refused_key_says_so_and_exits_two()
    {
        var run = await CliRun.RunAsync(["top", "--once", "--url", Url, "--key", "wrong"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("401", run.Output);
    }

    public async Task DisposeAsync() => await dashboard.DisposeAsync();
}
