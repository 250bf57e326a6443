using Gamification.Domain.Boosts;
using Gamification.Domain.Progress;
using Gamification.Domain.Rules;
using Gamification.Domain.Streaks;

namespace Gamification.Domain.Awards;

/// <summary>
/// An event's award while it is being decided: grants go through the daily cap in order (daily
/// reward first, then the action), badges follow from the counts and level reached.
/// </summary>
internal ref struct AwardDraft
{
    private readonly UserProgress state;
    private readonly Ruleset rules;
    private readonly DateTimeOffset now;
    private long room;
    private int gained;
    private int counted;
    private List<LedgerEntry>? entries;

    public AwardDraft(UserProgress state, Ruleset rules, DateTimeOffset now)
    {
        this.state = state;
        this.rules = rules;
        this.now = now;
        Today = state.CountersFor(UtcDay.Of(now));
        LevelBefore = rules.Levels.LevelFor(state.Xp);
        Cap = rules.DailyCapFor(LevelBefore);
        room = Cap is { } cap ? Math.Max(0, cap - Today.XpGained) : long.MaxValue;
    }

    public DailyCounters Today { get; }

    public int LevelBefore { get; }

    public int? Cap { get; }

    public readonly int Gained => gained;

    public readonly UserProgress State => state;

    public readonly Ruleset Rules => rules;

    public readonly DateTimeOffset Now => now;

    /// <summary>Grants up to <paramref name="requested"/> XP within what the daily cap leaves; returns what was granted.</summary>
    public int Grant(LedgerKind kind, string subject, int requested, string key, string? actor = null, EntityRef? target = null, CapCut? cutBefore = null, StreakMark? streak = null) =>
        Grant(kind, subject, new BoostedXp(requested, requested, []), key, actor, target, cutBefore, streak);

    /// <summary>Grants <paramref name="xp"/> after the active boosts multiplied it; the entry names the base and each boost.</summary>
    public int GrantBoosted(LedgerKind kind, string subject, BoostedXp xp, string key, string? actor = null, EntityRef? target = null, CapCut? cutBefore = null) =>
        Grant(kind, subject, xp, key, actor, target, cutBefore, streak: null);

    private int Grant(LedgerKind kind, string subject, BoostedXp xp, string key, string? actor, EntityRef? target, CapCut? cutBefore, StreakMark? streak)
    {
        var requested = xp.Amount;
        var granted = (int)Math.Min(requested, room);
        room -= granted;
        gained += granted;
        counted += granted;
        var cut = granted < requested ? CapCut.DailyCap : cutBefore;
        var boosted = xp.Applied.Count > 0;
        Add(new LedgerEntry(key, kind, subject, requested, granted, state.Xp + gained, cut, rules.Version, now, actor, target,
            BaseXp: boosted ? xp.Base : null, Boosts: boosted ? xp.Applied : null, Streak: streak));
        return granted;
    }

    /// <summary>An entry that grants no XP (streak links, freezes, boosts starting and ending).</summary>
    public void Note(LedgerKind kind, string subject, string key, StreakMark? streak = null, UserBoost? boost = null, string? actor = null) =>
        Add(new LedgerEntry(key, kind, subject, 0, 0, state.Xp + gained, null, rules.Version, now, actor, Streak: streak, Boost: boost));

    /// <summary>Ends the user's boosts that ran out by now, so that the ledger says when each stopped.</summary>
    public void EndExpiredBoosts()
    {
        foreach (var boost in state.Boosts ?? [])
        {
            if (boost.EndsAt <= now)
                Note(LedgerKind.BoostEnded, boost.Id, BoostEndedKey(boost.Id), boost: boost);
        }
    }

    /// <summary>Moves every streak that an earning event of <paramref name="action"/> counts for.</summary>
    public void AdvanceStreaks(string action)
    {
        if (rules.Streaks.Count == 0)
            return;
        var day = StreakCalendar.LocalDay(now, UserTimeZones.Find(state.TimeZone));
        foreach (var streak in rules.Streaks.Values)
        {
            if (streak.Counts(action))
                StreakAdvance.Run(ref this, streak, day);
        }
    }

    /// <summary>Whether this draft already grants <paramref name="badgeId"/> (two rules may name one badge).</summary>
    public readonly bool Grants(string badgeId) => entries?.Exists(e => e.Kind == LedgerKind.Badge && e.Subject == badgeId) == true;

    /// <summary>An admin's correction: outside the daily cap, and the only way XP may go down.</summary>
    public void Adjust(int delta, string key, string admin, string reason)
    {
        gained += delta;
        Add(new LedgerEntry(key, LedgerKind.Adjustment, "admin_adjustment", delta, delta, state.Xp + gained, null, rules.Version, now, admin, Note: reason));
    }

    /// <summary>The first user-initiated event of a UTC day also earns the daily reward, before its own XP.</summary>
    public void GrantDailyReward(string actor)
    {
        if (rules.DailyReward is { } reward && !Today.DailyRewardGranted)
            Grant(LedgerKind.DailyReward, "daily_reward", reward.Xp, DailyRewardKey(UtcDay.Of(now)), actor);
    }

    /// <summary>Badges earned by reaching a lifetime count of <paramref name="action"/> or a new level.</summary>
    public void EarnBadges(string? action, int actionTotal)
    {
        var level = rules.Levels.LevelFor(state.Xp + gained);
        foreach (var badge in rules.Badges.Values)
        {
            var earned = badge.Kind switch
            {
                BadgeKind.ActionCount => badge.Action == action && actionTotal >= badge.Threshold,
                BadgeKind.LevelReached => level >= badge.Threshold,
                _ => false,
            };
            if (earned && !state.HasBadge(badge.Id))
                AddBadge(badge, scope: null, actor: null);
        }
    }

    public void AddBadge(BadgeRule badge, string? scope, string? actor) =>
        Add(new LedgerEntry(BadgeKey(badge.Id, scope), LedgerKind.Badge, badge.Id, 0, 0, state.Xp + gained, null, rules.Version, now,
            actor, scope is null ? null : new EntityRef("module", scope)));

    public readonly AwardOutcome Complete(string action, string awardedTo, string key, int actionCount, int? actionLimit, WatchSession? session = null)
    {
        var total = state.Xp + gained;
        var gradeBefore = rules.GradeFor(state.Xp, state.UserType);
        var grade = rules.GradeFor(total, state.UserType);
        var level = rules.Levels.LevelFor(total);
        return new AwardOutcome
        {
            Status = AwardStatus.Granted,
            Action = action,
            AwardedTo = awardedTo,
            IdempotencyKey = key,
            XpAdded = gained,
            TotalXp = total,
            Level = level,
            PreviousLevel = LevelBefore,
            LeveledUp = level > LevelBefore,
            DailyXpGained = Today.XpGained + counted,
            DailyXpCap = Cap,
            ActionCount = actionCount,
            ActionLimit = actionLimit,
            Progress = rules.Levels.ProgressFor(total),
            Grade = grade,
            GradeChanged = grade != gradeBefore,
            Entries = (IReadOnlyList<LedgerEntry>?)entries ?? [],
            WatchSession = session,
            At = now,
        };
    }

    public static string DailyRewardKey(DateOnly day) => $"daily-reward:{day:yyyy-MM-dd}";

    public static string BoostStartedKey(string boostId) => $"boost:{boostId}";

    public static string BoostEndedKey(string boostId) => $"boost-ended:{boostId}";

    public static string BadgeKey(string badgeId, string? scope) => scope is null ? $"badge:{badgeId}" : $"badge:{badgeId}:{scope}";

    private void Add(LedgerEntry entry) => (entries ??= new List<LedgerEntry>(2)).Add(entry);
}
