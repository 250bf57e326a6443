namespace Gamification.Runtime.Tests;

[GrainType("relay")]
public sealed class RelayGrain : Grain, IRelayGrain
{
    public Task<int> IncrementCounter() => GrainFactory.GetGrain<ICounterGrain>(GrainKey).Increment();
}
