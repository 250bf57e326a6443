using Gamification.Contracts.Awards;
using Gamification.Domain.Awards;

namespace Gamification.Grains.Mapping;

/// <summary>Ledger entries as callers and the journal see them.</summary>
internal static class LedgerLines
{
    public static LedgerLine From(LedgerEntry entry) => new(
        entry.Key,
        Codes.Of(entry.Kind),
        entry.Subject,
        entry.Requested,
        entry.Granted,
        entry.BalanceAfter,
        entry.CutBy is { } cut ? Codes.Of(cut) : null,
        entry.RulesetVersion,
        entry.At,
        entry.ActorUserId,
        entry.Target is { } target ? new EntityTarget(target.Type, target.Id) : null,
        entry.Note,
        entry.BaseXp,
        entry.Boosts is { } boosts ? [.. boosts.Select(BoostViews.From)] : null,
        StreakViews.From(entry.Streak),
        entry.Boost is { } boost ? BoostViews.From(boost) : null);
}
