namespace Gamification.Runtime.AdoNet.Tests;

public interface ILedgerGrain : IGrainWithStringKey
{
    /// <summary>Adds <paramref name="amount"/> and journals it under <paramref name="idempotencyKey"/>.</summary>
    Task<int> Award(string idempotencyKey, int amount);
}
