using Gamification.Persistence;
using System.Text.Json;
using Gamification.Contracts.Wallets;

namespace Gamification.Grains.Wallets;

/// <summary>Wallet ledger rows as journal entries, written in the same transaction as the wallet's state.</summary>
internal static class WalletLines
{
    public static JournalEntry Entry(WalletLine line) =>
        new(line.Key, line.Kind, JsonSerializer.Serialize(line, GrainsJsonContext.Default.WalletLine), line.At);

    public static WalletLine Read(string payloadJson) =>
        JsonSerializer.Deserialize(payloadJson, GrainsJsonContext.Default.WalletLine)
        ?? throw new JsonException("A wallet ledger row holds no line");
}
