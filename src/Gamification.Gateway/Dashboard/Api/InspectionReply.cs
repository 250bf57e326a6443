using System.Text.Json;

namespace Gamification.Gateway.Dashboard;

/// <summary>
/// <c>GET /dashboard/api/inspect</c>: a grain as storage holds it (its state JSON as stored), whether it is
/// active and on which silo (null when it is not), its ledger.
/// </summary>
internal sealed record InspectionReply(
    string App,
    string Kind,
    string Id,
    string GrainType,
    string GrainKey,
    bool Exists,
    bool Active,
    string? Silo,
    string? Etag,
    DateTimeOffset? UpdatedAt,
    JsonElement? State,
    IReadOnlyList<LedgerRowReply> Ledger);

/// <summary>One journal row; <paramref name="Entry"/> is its JSON as stored (for users: requested, granted, cut_by...).</summary>
internal sealed record LedgerRowReply(long Sequence, string IdempotencyKey, string Kind, DateTimeOffset At, JsonElement Entry);
