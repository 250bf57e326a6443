namespace Gamification.Storage.Tests;

public interface ILedgerGrain : IGrainWithStringKey
{
    /// <summary>Adds <paramref name="amount"/> and journals it under <paramref name="idempotencyKey"/>; returns the new total.</summary>
    Task<int> Award(string idempotencyKey, int amount);

    Task<int> Total();
}
