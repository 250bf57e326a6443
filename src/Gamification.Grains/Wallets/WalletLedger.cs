using Gamification.Contracts.Wallets;

namespace Gamification.Grains.Wallets;

/// <summary>Applies a checked change to a wallet's state and makes its ledger row.</summary>
internal static class WalletLedger
{
    public static WalletLine Apply(WalletState state, WalletChange change, DateTimeOffset at)
    {
        state.Balance += change.Amount;
        if (change.Amount > 0)
            state.LifetimeEarned += change.Amount;
        else
            state.LifetimeSpent -= change.Amount;
        if (change.Unlock is { } item)
            state.Unlocks[item] = state.Unlocks.GetValueOrDefault(item) + 1;
        Count(state, change, DateOnly.FromDateTime(at.UtcDateTime));
        state.LedgerSequence++;
        return new WalletLine(state.LedgerSequence, change.Kind, change.Amount, state.Balance, change.Key, change.Reference, change.Reason, at);
    }

    private static void Count(WalletState state, WalletChange change, DateOnly day)
    {
        if (!state.Days.TryGetValue(day, out var flows))
        {
            state.Days[day] = flows = new WalletDay();
            // Drop days the economy's figures no longer read, so the state stays small.
            foreach (var old in state.Days.Keys.Where(d => d < day.AddDays(-WalletState.DaysKept)).ToList())
                state.Days.Remove(old);
        }
        if (change.Kind == WalletKinds.TransferOut)
            flows.TransferredOut -= change.Amount;
        else if (change.IsIssueOrSpend && change.Amount > 0)
            flows.Issued += change.Amount;
        else if (change.IsIssueOrSpend)
            flows.Spent -= change.Amount;
    }
}
