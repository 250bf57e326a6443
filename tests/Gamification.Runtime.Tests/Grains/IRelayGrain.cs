namespace Gamification.Runtime.Tests;

public interface IRelayGrain : IGrainWithStringKey
{
    /// <summary>Increments the counter with the relay's own key, grain to grain.</summary>
    Task<int> IncrementCounter();
}
