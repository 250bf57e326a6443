using Gamification.Domain.Awards;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Replays;

/// <summary>
/// Decides a run of past events again under a ruleset, each on the state the previous ones left:
/// how a ruleset edit would have treated a user's recent history.
/// </summary>
public static class HistoryReplay
{
    /// <summary>The outcome of every event, in order, starting from <paramref name="start"/> (which is not changed).</summary>
    public static (IReadOnlyList<AwardOutcome> Outcomes, UserProgress End) Run(UserProgress start, Ruleset rules, IEnumerable<ReplayedAward> events)
    {
        var state = new UserProgress { Xp = start.Xp, UserType = start.UserType, PrimaryPath = start.PrimaryPath };
        var outcomes = new List<AwardOutcome>();
        foreach (var replayed in events)
        {
            var outcome = AwardEngine.Decide(state, rules, replayed.Request, replayed.At);
            if (outcome.IsGranted)
                state.Apply(outcome, rules);
            outcomes.Add(outcome);
        }
        return (outcomes, state);
    }
}
