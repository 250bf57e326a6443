using Gamification.Domain.Rules;

namespace Gamification.Domain.Awards;

/// <summary>The refusals, worded as seed 001 words them.</summary>
internal static class Rejections
{
    public static Rejection BeforeCurrentDay(DateOnly day, DateOnly current) =>
        new(RejectionReason.OccurredBeforeCurrentDay,
            $"The event occurred on {day:yyyy-MM-dd}, before the user's current day {current:yyyy-MM-dd}, whose counters replaced that day's; import history in time order");

    public static Rejection UnknownAction(string action, Ruleset rules) =>
        new(RejectionReason.UnknownAction, $"Unknown action '{action}'. Known actions: {string.Join(", ", rules.Actions.Keys.Order(StringComparer.Ordinal))}");

    public static Rejection Disabled(ActionRule action) =>
        new(RejectionReason.ActionDisabled, $"Action {action.Name} is disabled");

    public static Rejection SelfAward(ActionRule action) =>
        new(RejectionReason.SelfAward, $"{action.Name} awards the creator of the target; a user cannot earn it from their own entity");

    public static Rejection MissingTarget(ActionRule action) =>
        new(RejectionReason.MissingTarget, $"{action.Name} awards the creator of a target: target_type and target_id are required");

    public static Rejection UnknownTarget(string action, EntityRef target) =>
        new(RejectionReason.UnknownTarget, $"{action} awards the creator of {target.Type} {target.Id}, and no creator is recorded for it");

    public static Rejection AmountNotAllowed(ActionRule action) =>
        new(RejectionReason.AmountNotAllowed, $"Action {action.Name} has a fixed amount of {action.Xp} XP; amount is not allowed");

    public static Rejection AmountRequired(ActionRule action) =>
        new(RejectionReason.AmountRequired, $"amount is required for {action.Name}");

    public static Rejection AmountOutOfRange(ActionRule action, AmountRange range) =>
        new(RejectionReason.AmountOutOfRange, $"amount for {action.Name} must be between {range.Min} and {range.Max}");

    public static Rejection DailyLimit(ActionRule action, int limit, DateTimeOffset now) =>
        new(RejectionReason.DailyLimitReached, $"Daily limit reached for {action.Name} ({limit}/day)", UtcDay.UntilMidnight(now));

    public static Rejection LifetimeLimit(ActionRule action, int limit) =>
        new(RejectionReason.LifetimeLimitReached, $"Limit reached for {action.Name} ({limit} in total)");

    public static Rejection Cooldown(ActionRule action, TimeSpan left) =>
        new(RejectionReason.CooldownActive, $"Cooldown active for {action.Name} ({Math.Ceiling(left.TotalSeconds)} s left)", left);

    public static Rejection DailyCap(int cap, int level, DateTimeOffset now) =>
        new(RejectionReason.DailyCapReached, $"Daily EXP cap reached ({cap} EXP/day for level {level})", UtcDay.UntilMidnight(now));
}
