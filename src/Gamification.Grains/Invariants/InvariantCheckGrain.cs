using Gamification.Contracts.Grains;
using Gamification.Contracts.Invariants;
using Gamification.Grains.Apps;
using Gamification.Invariants;
using Gamification.Grains.Users;
using Gamification.Runtime;

namespace Gamification.Grains.Invariants;

/// <summary>
/// Runs the invariant checker inside the silo for one app, so that the gateway reaches it through
/// the client like any grain. Reads storage only: state is written through, so the store has every
/// acknowledged change, and checking never activates a user.
/// </summary>
[GrainType("invariant-check")]
public sealed class InvariantCheckGrain(AppRulesets rulesets, IGrainStateQuery states, IJournalReader journal) : Grain, IInvariantCheckGrain
{
    private readonly InvariantChecker checker = new(states, journal, GrainsJsonContext.Default.Options, UserProgressGrain.TypeName);

    public Task<InvariantPage> CheckUsers(string? after, int limit) =>
        checker.CheckUsersAsync(GrainKey, rulesets.For(GrainKey), after, limit, CancellationToken.None);
}
