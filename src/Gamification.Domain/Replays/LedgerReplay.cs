using Gamification.Domain.Awards;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Replays;

/// <summary>A user's progress rebuilt from their ledger alone, entry by entry, as it was committed.</summary>
public static class LedgerReplay
{
    public static UserProgress Rebuild(IEnumerable<LedgerEntry> ledger, Ruleset rules)
    {
        var state = new UserProgress();
        foreach (var entry in ledger)
        {
            state.ResetDaily(UtcDay.Of(entry.At));
            AwardApplication.ApplyEntry(state, entry, rules);
            state.LedgerSequence++;
        }
        return state;
    }
}
