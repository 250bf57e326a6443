using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Gamification.Contracts;
using Gamification.Contracts.Invariants;
using Gamification.Contracts.Wallets;
using Gamification.Persistence;
using Orleans.Runtime;

namespace Gamification.Invariants.Tokens;

/// <summary>
/// Checks an app's whole token economy from storage (every wallet with its ledger, every transfer) in one pass,
/// without activating a grain: conservation is a sum over the app, so it cannot be checked page by page.
/// </summary>
/// <param name="walletGrainType">The grain type whose states are wallets (<c>wallet</c>).</param>
/// <param name="transferGrainType">The grain type whose states are transfers (<c>transfer</c>).</param>
public sealed class TokenChecker(IGrainStateQuery states, IJournalReader journal, string walletGrainType, string transferGrainType)
{
    private const int Page = 1000;

    public async Task<InvariantPage> CheckAsync(string app, CancellationToken cancellationToken)
    {
        var violations = new List<InvariantViolation>();
        var wallets = new List<WalletRecord>();
        foreach (var (grain, state) in await AllAsync(walletGrainType, app, cancellationToken))
        {
            var userId = GrainKeys.Split(grain.Key.ToString()!).Id;
            if (Read(state.PayloadJson, TokensJsonContext.Default.StoredWallet) is { } wallet)
                wallets.Add(new WalletRecord(userId, wallet, await LedgerAsync(grain, userId, violations, cancellationToken)));
            else
                violations.Add(new(userId, Invariant.Readable, "stored state is not a readable wallet"));
        }
        var transfers = new List<TransferRecord>();
        foreach (var (grain, state) in await AllAsync(transferGrainType, app, cancellationToken))
        {
            var transferId = GrainKeys.Split(grain.Key.ToString()!).Id;
            if (Read(state.PayloadJson, TokensJsonContext.Default.StoredTransfer) is { } transfer)
                transfers.Add(new TransferRecord(transferId, transfer));
            else
                violations.Add(new(TokenInvariants.WholeApp, Invariant.Readable, $"stored state of transfer '{transferId}' is not readable"));
        }
        violations.AddRange(TokenInvariants.Check(wallets, transfers));
        return new InvariantPage(wallets.Count, wallets.Sum(w => (long)w.Ledger.Count), violations, NextAfter: null);
    }

    private async Task<List<(GrainId Grain, StoredState State)>> AllAsync(string grainType, string app, CancellationToken cancellationToken)
    {
        var all = new List<(GrainId Grain, StoredState State)>();
        while (true)
        {
            var page = await states.ListAsync(GrainType.Create(grainType), GrainKeys.User(app, ""), all.Count == 0 ? null : all[^1].Grain.Key.ToString(), Page, cancellationToken);
            all.AddRange(page);
            if (page.Count < Page)
                return all;
        }
    }

    private async Task<List<WalletLine>> LedgerAsync(GrainId grain, string userId, List<InvariantViolation> violations, CancellationToken cancellationToken)
    {
        var lines = new List<WalletLine>();
        long sequence = 0;
        while (true)
        {
            var page = await journal.ReadAsync(grain, sequence, Page, cancellationToken);
            foreach (var record in page)
            {
                if (Read(record.Entry.PayloadJson, TokensJsonContext.Default.WalletLine) is { } line)
                    lines.Add(line);
                else
                    violations.Add(new(userId, Invariant.Readable, $"wallet ledger row {record.Sequence} ('{record.Entry.IdempotencyKey}') is not readable"));
                sequence = record.Sequence;
            }
            if (page.Count < Page)
                return lines;
        }
    }

    private static T? Read<T>(string json, JsonTypeInfo<T> type) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
