using Orleans;
using Orleans.Runtime;

namespace Gamification.Storage.Tests.Orleans;

/// <summary>A grain that writes its state through the storage under test and counts the ticks of a reminder.</summary>
public interface IOrleansSchemaProbeGrain : IGrainWithStringKey
{
    Task<int> Add(int amount);

    Task<int> Total();

    Task<string?> ETag();

    Task StartTicking();

    Task<int> Ticks();

    Task StopTicking();
}

/// <summary>The probe's persisted state.</summary>
[GenerateSerializer]
public sealed class OrleansSchemaProbeState
{
    [Id(0)]
    public int Total { get; set; }

    [Id(1)]
    public int Ticks { get; set; }
}

// An explicit grain type: other test grains in this assembly must not collide with a name derived from the class.
[GrainType("gamification-storage-tests-orleans-probe")]
public sealed class OrleansSchemaProbeGrain(
    [PersistentState("probe", OrleansSchemaProbeGrain.Storage)] IPersistentState<OrleansSchemaProbeState> state)
    : Grain, IOrleansSchemaProbeGrain, IRemindable
{
    /// <summary>The grain storage provider name the probe's state uses.</summary>
    public const string Storage = "probe-store";

    private const string Reminder = "probe-tick";

    public async Task<int> Add(int amount)
    {
        state.State.Total += amount;
        await state.WriteStateAsync();
        return state.State.Total;
    }

    public Task<int> Total() => Task.FromResult(state.State.Total);

    public Task<string?> ETag() => Task.FromResult(state.Etag);

    // Due in a second; the period is the default minimum, so no test-only reminder options are needed.
    public Task StartTicking() => this.RegisterOrUpdateReminder(Reminder, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

    public Task<int> Ticks() => Task.FromResult(state.State.Ticks);

    public async Task StopTicking()
    {
        if (await this.GetReminder(Reminder) is { } reminder)
            await this.UnregisterReminder(reminder);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Ticks++;
        await state.WriteStateAsync();
    }
}
