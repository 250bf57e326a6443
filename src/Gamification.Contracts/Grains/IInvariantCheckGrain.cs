using Gamification.Contracts.Invariants;
using Orleans.Concurrency;

namespace Gamification.Contracts.Grains;

/// <summary>The invariant checker of one app (key: the app id), reading stored state and ledgers, never activating users.</summary>
[Alias("gamification.invariant-check")]
public interface IInvariantCheckGrain : IGrainWithStringKey
{
    /// <summary>Checks up to <paramref name="limit"/> users whose id sorts after <paramref name="after"/>; the first page (no <paramref name="after"/>) also checks the app's tokens.</summary>
    [Alias("CheckUsers")]
    [ReadOnly]
    Task<InvariantPage> CheckUsers(string? after, int limit);
}
