using Gamification.Persistence;
using System.Text.Json;
using Gamification.Contracts.Awards;
using Gamification.Domain.Awards;
using Gamification.Grains.Mapping;

namespace Gamification.Grains.Users;

/// <summary>An outcome's ledger entries as journal rows, written in the same transaction as the state.</summary>
internal static class LedgerJournal
{
    public static JournalEntry[] From(AwardOutcome outcome) =>
        [.. outcome.Entries.Select(e => new JournalEntry(e.Key, Codes.Of(e.Kind), Serialize(LedgerLines.From(e)), e.At))];

    public static LedgerLine Read(string payloadJson) =>
        JsonSerializer.Deserialize(payloadJson, GrainsJsonContext.Default.LedgerLine)
        ?? throw new JsonException("A ledger row holds no ledger line");

    private static string Serialize(LedgerLine line) => JsonSerializer.Serialize(line, GrainsJsonContext.Default.LedgerLine);
}
