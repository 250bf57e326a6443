using Gamification.Contracts.Invariants;
using Gamification.Contracts.Wallets;

namespace Gamification.Invariants.Tokens;

/// <summary>
/// The checks on an app's token economy, from stored wallets, their ledgers and transfers alone: each wallet
/// agrees with its ledger; each transfer moved its tokens at most once and as its state says; and across the
/// app the tokens held equal those issued minus those spent, less the ones a transfer has in flight.
/// </summary>
public static class TokenInvariants
{
    /// <summary>The user id a violation of the whole app is reported under.</summary>
    public const string WholeApp = "*";

    private const string TransferOut = "transfer_out";
    private const string TransferIn = "transfer_in";

    public static IEnumerable<InvariantViolation> Check(IReadOnlyList<WalletRecord> wallets, IReadOnlyList<TransferRecord> transfers) =>
        wallets.SelectMany(Wallet).Concat(Transfers(wallets, transfers)).Concat(Conservation(wallets, transfers));

    private static IEnumerable<InvariantViolation> Wallet(WalletRecord wallet)
    {
        var (id, state, ledger) = (wallet.UserId, wallet.State, wallet.Ledger);
        var sum = ledger.Sum(l => l.Amount);
        if (sum != state.Balance)
            yield return new(id, Invariant.WalletEqualsLedger, $"wallet holds {state.Balance} tokens but its ledger's {ledger.Count} rows sum to {sum}");
        var (earned, spent) = (ledger.Where(l => l.Amount > 0).Sum(l => l.Amount), -ledger.Where(l => l.Amount < 0).Sum(l => l.Amount));
        if (earned != state.LifetimeEarned || spent != state.LifetimeSpent || state.Balance != state.LifetimeEarned - state.LifetimeSpent)
            yield return new(id, Invariant.WalletLifetime,
                $"wallet says {state.LifetimeEarned} earned and {state.LifetimeSpent} spent (balance {state.Balance}), its ledger {earned} in and {spent} out");
        foreach (var line in ledger.Where(l => l.BalanceAfter < 0))
            yield return new(id, Invariant.WalletNeverNegative, $"ledger row '{line.Key}' left the balance at {line.BalanceAfter}");
        foreach (var key in ledger.GroupBy(l => l.Key).Where(g => g.Count() > 1))
            yield return new(id, Invariant.IdempotencyKeyOnce, $"key '{key.Key}' appears {key.Count()} times in the wallet's ledger");
    }

    /// <summary>Each transfer's ledger rows (its legs) against its stored status; a leg of an unrecorded transfer is a violation too.</summary>
    private static IEnumerable<InvariantViolation> Transfers(IReadOnlyList<WalletRecord> wallets, IReadOnlyList<TransferRecord> transfers)
    {
        var legs = Legs(wallets).ToLookup(l => l.Line.Reference);
        var known = transfers.Where(t => t.State.Status is not null).ToDictionary(t => t.TransferId, t => t.State);
        foreach (var orphan in legs.Where(l => !known.ContainsKey(l.Key)))
            yield return new(orphan.First().UserId, Invariant.TransferMatchesLedger, $"transfer '{orphan.Key}' has {orphan.Count()} ledger rows but was never recorded");
        foreach (var (id, transfer) in known)
        {
            var outs = legs[id].Where(l => l.Line.Kind == TransferOut).ToList();
            var ins = legs[id].Where(l => l.Line.Kind == TransferIn).ToList();
            if (outs.Count > 1 || ins.Count > 1)
                yield return new(transfer.FromUserId, Invariant.TransferOnce, $"transfer '{id}' debited {outs.Count} times and credited {ins.Count} times");
            if (Mismatch(transfer, outs, ins) is { } problem)
                yield return new(transfer.FromUserId, Invariant.TransferMatchesLedger, $"transfer '{id}' is {transfer.Status} but {problem}");
        }
    }

    private static string? Mismatch(StoredTransfer transfer, List<Leg> outs, List<Leg> ins)
    {
        var debited = outs.Any(o => o.UserId == transfer.FromUserId && o.Line.Amount == -transfer.Amount);
        var credited = ins.Any(i => i.UserId == transfer.ToUserId && i.Line.Amount == transfer.Amount);
        if (outs.Count > (debited ? 1 : 0) || ins.Count > (credited ? 1 : 0))
            return $"its legs are not {transfer.Amount} from {transfer.FromUserId} to {transfer.ToUserId}";
        return transfer.Status switch
        {
            // A debit may be committed before the transfer records it, and a credit before the transfer finishes.
            TransferStatus.Requested when credited => "the receiver was credited",
            TransferStatus.Debited when !debited => "the sender was not debited",
            TransferStatus.Completed when !debited || !credited => $"debited: {debited}, credited: {credited}",
            TransferStatus.RolledBack when debited || credited => $"debited: {debited}, credited: {credited}",
            _ => null,
        };
    }

    /// <summary>Tokens held = issued - spent - in flight (debited by an unfinished transfer, not yet credited).</summary>
    private static IEnumerable<InvariantViolation> Conservation(IReadOnlyList<WalletRecord> wallets, IReadOnlyList<TransferRecord> transfers)
    {
        var lines = wallets.SelectMany(w => w.Ledger).ToList();
        var issued = lines.Where(l => !IsTransfer(l) && l.Amount > 0).Sum(l => l.Amount);
        var spent = -lines.Where(l => !IsTransfer(l) && l.Amount < 0).Sum(l => l.Amount);
        var unfinished = transfers.Where(t => t.State.Status is TransferStatus.Requested or TransferStatus.Debited).Select(t => t.TransferId).ToHashSet();
        var inFlight = -lines.Where(l => IsTransfer(l) && unfinished.Contains(l.Reference)).Sum(l => l.Amount);
        var held = wallets.Sum(w => w.State.Balance);
        if (held != issued - spent - inFlight)
            yield return new(WholeApp, Invariant.TokensConserved,
                $"{wallets.Count} wallets hold {held} tokens, but {issued} issued - {spent} spent - {inFlight} in flight ({unfinished.Count} unfinished transfers) = {issued - spent - inFlight}");
    }

    private static bool IsTransfer(WalletLine line) => line.Kind is TransferOut or TransferIn;

    private static IEnumerable<Leg> Legs(IReadOnlyList<WalletRecord> wallets) =>
        wallets.SelectMany(w => w.Ledger.Where(IsTransfer).Select(l => new Leg(w.UserId, l)));

    private sealed record Leg(string UserId, WalletLine Line);
}
