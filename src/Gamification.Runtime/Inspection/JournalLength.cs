using System.Text.Json;

namespace Gamification.Runtime;

/// <summary>A grain's journal length as its state records it (<c>ledger_sequence</c>), so the newest rows are read without scanning the journal.</summary>
internal static class JournalLength
{
    private static readonly string[] Names = ["ledger_sequence", "LedgerSequence", "ledgerSequence"];

    public static long Of(StoredState? state)
    {
        if (state is null)
            return 0;
        using var document = JsonDocument.Parse(state.PayloadJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
            return 0;
        foreach (var name in Names)
        {
            if (document.RootElement.TryGetProperty(name, out var value) && value.TryGetInt64(out var length))
                return length;
        }
        return 0;
    }
}
