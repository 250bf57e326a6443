using System.Globalization;
using Gamification.Contracts.Awards;

namespace Gamification.Gateway.Endpoints.XpLog;

/// <summary>One sentence per ledger entry, from the entry's own fields (what was asked, granted, cut, and by whom).</summary>
internal static class XpLogExplanations
{
    public static string For(LedgerLine line) => line.Kind switch
    {
        "action" => Earned(line, $"for {line.Subject}{On(line.Target)}"),
        "daily_reward" => Earned(line, "daily reward, the first action of the UTC day"),
        "watch" => Earned(line, $"for watching ({line.Subject})"),
        "badge" => $"Badge earned: {line.Subject}{(line.ActorUserId is { } by ? $", granted by {by}" : "")}",
        "streak_extended" => Invariant($"Streak {line.Subject}: {Length(line)} in a row"),
        "streak_frozen" => Invariant($"Streak {line.Subject}: a freeze kept it through {line.Streak?.Period:yyyy-MM-dd} ({line.Streak?.Freezes} left)"),
        "streak_lost" => Invariant($"Streak {line.Subject} lost: {line.Streak?.Period:yyyy-MM-dd} was missed without a freeze"),
        "streak_milestone" => Earned(line, $"for a streak of {Length(line)} ({line.Subject})"),
        "freezes_granted" => Invariant($"Freezes for {line.Subject} granted by {line.ActorUserId ?? "an admin"}: {line.Streak?.Freezes} held"),
        "boost_started" => Invariant($"Boost {line.Subject} ({line.Boost?.Factor}x) from {line.Boost?.StartsAt:u} to {line.Boost?.EndsAt:u}"),
        "boost_ended" => $"Boost {line.Subject} ended",
        "adjustment" => Invariant($"{line.Granted:+0;-0;0} XP adjusted by {line.ActorUserId ?? "an admin"}: {line.Note}"),
        _ => Invariant($"{line.Granted:+0;-0;0} XP ({line.Kind} {line.Subject})"),
    };

    private static string Earned(LedgerLine line, string what) => (line.CutBy is { } cut && line.Granted < line.Requested
        ? Invariant($"+{line.Granted} XP {what} ({line.Requested} asked, cut by the {cut.Replace('_', ' ')})")
        : Invariant($"+{line.Granted} XP {what}")) + Boosted(line);

    // "(base 5, boosted by double 2x)": a boosted line says what it was worth before and which boosts multiplied it.
    private static string Boosted(LedgerLine line) => line is { BaseXp: { } baseXp, Boosts: { Count: > 0 } boosts }
        ? Invariant($" (base {baseXp}, boosted by {string.Join(", ", boosts.Select(b => Invariant($"{b.Id} {b.Factor}x")))})")
        : "";

    private static string Length(LedgerLine line) => line.Streak?.Length is { } length ? Invariant($"{length} period{(length == 1 ? "" : "s")}") : "?";

    private static string On(EntityTarget? target) => target is null ? "" : $" on {target.Type} {target.Id}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
