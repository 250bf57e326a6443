using System.CommandLine;
using Gamification.Cli.Connection;
using Spectre.Console;

namespace Gamification.Cli.Top;

/// <summary><c>top</c>: silos, calls/s and p99 from the dashboard's cluster API, refreshing until Ctrl+C (or one frame with --once).</summary>
internal static class TopCommand
{
    private const string ClusterPath = "/dashboard/api/cluster";

    public static Command Build(IAnsiConsole console)
    {
        var service = new ServiceOptions();
        var once = new Option<bool>("--once") { Description = "Print one frame and exit" };
        var interval = new Option<double>("--interval") { Description = "Seconds between refreshes", DefaultValueFactory = _ => 2 };
        var command = new Command("top", "Live view of the cluster: silos, calls per second, latency") { once, interval };
        service.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var gateway = service.Connect(parse, console);
            if (gateway is null)
                return ExitCodes.Failed;
            try
            {
                var first = await gateway.GetAsync<ClusterSnapshot>(ClusterPath, cancellationToken);
                if (parse.GetValue(once))
                {
                    console.Write(ClusterFrame.Render(first, gateway.BaseAddress, TimeProvider.System.GetUtcNow()));
                    return ExitCodes.Ok;
                }
                var every = TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(interval), 0.2, 60));
                await console.Live(ClusterFrame.Render(first, gateway.BaseAddress, TimeProvider.System.GetUtcNow())).StartAsync(async live =>
                {
                    while (!cancellationToken.IsCancellationRequested)
                    {
                        await Task.Delay(every, cancellationToken);
                        var snapshot = await gateway.GetAsync<ClusterSnapshot>(ClusterPath, cancellationToken);
                        live.UpdateTarget(ClusterFrame.Render(snapshot, gateway.BaseAddress, TimeProvider.System.GetUtcNow()));
                    }
                });
                return ExitCodes.Ok;
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is GatewayException or HttpRequestException)
            {
                console.WriteLine($"Cannot read {ClusterPath}: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
