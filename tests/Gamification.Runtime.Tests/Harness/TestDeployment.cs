using Gamification.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gamification.Runtime.Tests;

/// <summary>What outlives any one test silo, as a database and the wall clock would: stores, clock, probe.</summary>
public sealed class TestDeployment
{
    public FakeTimeProvider Clock { get; } = new();

    public MemoryGrainStateStore States { get; } = new();

    public MemoryReminderStore Reminders { get; } = new(new GrainPartitioner(1024));

    public TurnProbe Probe { get; } = new();

    public async Task<TestSilo> StartSiloAsync(Action<GrainRuntimeOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton(Probe);
        builder.Services.AddSingleton<IGrainStateStore>(States);
        builder.Services.AddSingleton<IJournalReader>(States);
        builder.Services.AddSingleton<IReminderStore>(Reminders);
        builder.Services.AddGrainRuntime(configure)
            .AddGrain<ICounterGrain, CounterGrain>()
            .AddGrain<IAlarmGrain, AlarmGrain>()
            .AddGrain<IRelayGrain, RelayGrain>();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new TestSilo(host);
    }
}
