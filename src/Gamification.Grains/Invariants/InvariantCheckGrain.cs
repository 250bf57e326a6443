using Gamification.Persistence;
using Gamification.Grains.Hosting;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Invariants;
using Gamification.Grains.Apps;
using Gamification.Invariants;
using Gamification.Invariants.Tokens;
using Gamification.Grains.Transfers;
using Gamification.Grains.Users;
using Gamification.Grains.Wallets;

namespace Gamification.Grains.Invariants;

/// <summary>
/// Runs the invariant checker inside the silo for one app, so that the gateway reaches it through
/// the client like any grain. Reads storage only: state is written through, so the store has every
/// acknowledged change, and checking never activates a user. The first page (no <c>after</c>) also
/// checks the app's whole token economy, so that one pass over the pages checks it once.
/// </summary>
[GrainType("invariant-check")]
public sealed class InvariantCheckGrain(AppRulesets rulesets, IGrainStateQuery states, IJournalReader journal) : KeyedGrain, IInvariantCheckGrain
{
    private readonly InvariantChecker checker = new(states, journal, GrainsJsonContext.Default.Options, UserProgressGrain.TypeName);
    private readonly TokenChecker tokens = new(states, journal, WalletGrain.TypeName, TransferGrain.TypeName);

    public async Task<InvariantPage> CheckUsers(string? after, int limit)
    {
        var rules = rulesets.For(GrainKey);
        var users = await checker.CheckUsersAsync(GrainKey, rules, after, limit, CancellationToken.None);
        if (after is not null || rules.Tokens is null)
            return users;
        var economy = await tokens.CheckAsync(GrainKey, CancellationToken.None);
        return users with { LedgerEntries = users.LedgerEntries + economy.LedgerEntries, Violations = [.. users.Violations, .. economy.Violations] };
    }
}
