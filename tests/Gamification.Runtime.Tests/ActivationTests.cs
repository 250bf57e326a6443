using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Runtime.Tests;

public sealed class ActivationTests
{
    private readonly TestDeployment _deployment = new();

    [Fact]
    public async Task The_first_call_activates_the_grain_with_its_stored_state()
    {
        var grain = new GrainId("counter", "default/alice");
        await _deployment.States.WriteAsync([new StateWrite(grain, null, """{"count":41}""", [], _deployment.Clock.GetUtcNow())], default);
        await using var silo = await _deployment.StartSiloAsync();
        var counter = silo.Grains.GetGrain<ICounterGrain>("default/alice");
        Assert.Empty(_deployment.Probe.Activations);

        Assert.Equal(42, await counter.Increment());
        Assert.Equal(42, await counter.Read());

        Assert.Equal([grain], _deployment.Probe.Activations);
    }

    [Fact]
    public async Task Activations_unused_for_the_idle_age_are_collected_and_others_stay()
    {
        await using var silo = await _deployment.StartSiloAsync(o => o.IdleCollectionAge = TimeSpan.FromMinutes(15));
        var clock = _deployment.Clock;
        var start = clock.GetUtcNow();
        await silo.Grains.GetGrain<ICounterGrain>("default/idle").Increment();
        clock.Advance(TimeSpan.FromMinutes(10));
        await silo.Grains.GetGrain<ICounterGrain>("default/busy").Increment();

        await clock.AdvanceUntilAsync(() => !_deployment.Probe.Deactivations.IsEmpty, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), "an activation is collected");

        var (grain, reason) = Assert.Single(_deployment.Probe.Deactivations);
        Assert.Equal(new GrainId("counter", "default/idle"), grain);
        Assert.Equal(DeactivationReasonCode.ActivationIdle, reason.ReasonCode);
        Assert.Equal(start + TimeSpan.FromMinutes(15), clock.GetUtcNow());
        Assert.Equal(2, await silo.Grains.GetGrain<ICounterGrain>("default/idle").Increment());
        Assert.Equal(3, _deployment.Probe.Activations.Count);
    }

    [Fact]
    public async Task DeactivateOnIdle_ends_the_activation_after_the_call_and_the_next_call_reactivates()
    {
        await using var silo = await _deployment.StartSiloAsync();
        var counter = silo.Grains.GetGrain<ICounterGrain>("default/bob");
        await counter.Increment();

        await counter.Deactivate();

        Assert.Equal(DeactivationReasonCode.ApplicationRequested, Assert.Single(_deployment.Probe.Deactivations).Reason.ReasonCode);
        Assert.Equal(2, await counter.Increment());
        Assert.Equal(2, _deployment.Probe.Activations.Count);
    }

    [Fact]
    public async Task Stopping_the_silo_deactivates_every_activation_and_refuses_further_calls()
    {
        var silo = await _deployment.StartSiloAsync();
        foreach (var user in new[] { "a", "b", "c" })
            await silo.Grains.GetGrain<ICounterGrain>($"default/{user}").Increment();

        await silo.StopAsync();

        Assert.Equal(3, _deployment.Probe.Deactivations.Count);
        Assert.All(_deployment.Probe.Deactivations, d => Assert.Equal(DeactivationReasonCode.ShuttingDown, d.Reason.ReasonCode));
        await Assert.ThrowsAsync<GrainUnavailableException>(() => silo.Grains.GetGrain<ICounterGrain>("default/a").Increment());
        await silo.DisposeAsync();
    }

    [Fact]
    public async Task A_failed_activation_fails_its_calls_and_the_next_call_activates_afresh()
    {
        var store = new ControlledStateStore(_deployment.States) { Down = true };
        await using var silo = await _deployment.StartSiloAsync(services: s => s.AddSingleton<IGrainStateStore>(store));
        var counter = silo.Grains.GetGrain<ICounterGrain>("default/carol");

        var error = await Assert.ThrowsAsync<GrainUnavailableException>(counter.Increment);
        store.Down = false;

        Assert.IsType<IOException>(error.InnerException);
        Assert.Equal(1, await counter.Increment());
    }
}
