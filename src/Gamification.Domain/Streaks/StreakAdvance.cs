using Gamification.Domain.Awards;
using Gamification.Domain.Rules;

namespace Gamification.Domain.Streaks;

/// <summary>
/// What a counted event on <c>day</c> does to one streak: nothing in a period already counted; otherwise the
/// periods missed since the last one are covered by freezes (each used up and counted) or end the streak,
/// and the event's period extends it. Every step is a ledger entry carrying the streak's state after it.
/// </summary>
internal static class StreakAdvance
{
    public static void Run(ref AwardDraft draft, StreakRule rule, DateOnly day)
    {
        var period = StreakCalendar.PeriodOf(day, rule.Period);
        var standing = draft.State.StreakOf(rule.Id);
        var (length, freezes) = (standing?.Current ?? 0, standing?.Freezes ?? 0);
        if (standing?.LastPeriod is { } last)
        {
            // The same period, or an earlier one (the user's time zone moved west): nothing new to count.
            if (period <= last)
                return;
            var missed = StreakCalendar.Between(last, period, rule.Period) - 1;
            if (missed > 0 && length > 0 && freezes >= missed)
            {
                for (var i = 1; i <= missed; i++)
                {
                    freezes--;
                    length++;
                    var frozen = StreakCalendar.Add(last, i, rule.Period);
                    draft.Note(LedgerKind.StreakFrozen, rule.Id, $"streak-frozen:{rule.Id}:{frozen:yyyy-MM-dd}", new StreakMark(rule.Id, frozen, length, freezes));
                    Reward(ref draft, rule, frozen, length, ref freezes);
                }
            }
            else if (missed > 0 && length > 0)
            {
                // Freezes that cannot save the streak are kept for the next one.
                var first = StreakCalendar.Add(last, 1, rule.Period);
                draft.Note(LedgerKind.StreakLost, rule.Id, $"streak-lost:{rule.Id}:{first:yyyy-MM-dd}", new StreakMark(rule.Id, first, 0, freezes));
                length = 0;
            }
            else if (missed > 0)
            {
                length = 0;
            }
        }
        length++;
        draft.Note(LedgerKind.StreakExtended, rule.Id, $"streak:{rule.Id}:{period:yyyy-MM-dd}", new StreakMark(rule.Id, period, length, freezes));
        Reward(ref draft, rule, period, length, ref freezes);
    }

    private static void Reward(ref AwardDraft draft, StreakRule rule, DateOnly period, int length, ref int freezes)
    {
        foreach (var milestone in rule.Milestones)
        {
            if (milestone.Length != length)
                continue;
            var start = StreakCalendar.Add(period, 1 - length, rule.Period);
            freezes = Math.Min(rule.MaxFreezes, freezes + milestone.Freezes);
            var mark = new StreakMark(rule.Id, period, length, freezes);
            draft.Grant(LedgerKind.StreakMilestone, rule.Id, milestone.Xp, MilestoneKey(rule.Id, start, length), streak: mark);
            if (milestone.Badge is { } badgeId && draft.Rules.Badges.TryGetValue(badgeId, out var badge)
                && !draft.State.HasBadge(badgeId) && !draft.Grants(badgeId))
                draft.AddBadge(badge, scope: null, actor: null);
        }
    }

    /// <summary>Unique per streak run: a run starts on one period, and reaches each length once.</summary>
    public static string MilestoneKey(string streakId, DateOnly runStart, int length) =>
        $"streak-milestone:{streakId}:{runStart:yyyy-MM-dd}:{length}";
}
