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
        "adjustment" => Invariant($"{line.Granted:+0;-0;0} XP adjusted by {line.ActorUserId ?? "an admin"}: {line.Note}"),
        _ => Invariant($"{line.Granted:+0;-0;0} XP ({line.Kind} {line.Subject})"),
    };

    private static string Earned(LedgerLine line, string what) => line.CutBy is { } cut && line.Granted < line.Requested
        ? Invariant($"+{line.Granted} XP {what} ({line.Requested} asked, cut by the {cut.Replace('_', ' ')})")
        : Invariant($"+{line.Granted} XP {what}");

    private static string On(EntityTarget? target) => target is null ? "" : $" on {target.Type} {target.Id}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
