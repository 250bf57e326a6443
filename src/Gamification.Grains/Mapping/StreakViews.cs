using Gamification.Contracts.Streaks;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;
using Gamification.Domain.Streaks;

namespace Gamification.Grains.Mapping;

/// <summary>Streaks as callers see them.</summary>
internal static class StreakViews
{
    public static UserStreaks For(string userId, UserProgress state, Ruleset rules, DateTimeOffset now) =>
        new(userId, state.TimeZone, [.. rules.Streaks.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Select(rule => From(StreakStanding.Of(state, rule, now)))]);

    private static StreakView From(StreakStanding s) => new(
        s.Rule.Id, s.Rule.Name, Codes.Of(s.Rule.Period), s.Current, s.Longest, s.Freezes, s.Rule.MaxFreezes, s.LastPeriod,
        s.CountedThisPeriod, s.FreezesNeeded, s.NextMilestone?.Length);

    public static StreakLine? From(StreakMark? mark) => mark is null ? null : new(mark.StreakId, mark.Period, mark.Length, mark.Freezes);
}
