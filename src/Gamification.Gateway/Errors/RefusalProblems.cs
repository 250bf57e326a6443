using Gamification.Contracts.Awards;

namespace Gamification.Gateway.Errors;

/// <summary>
/// A rule's refusal as HTTP: limits, caps and cooldowns are 429 with <c>Retry-After</c> (seed 001's
/// <c>{"detail": "Daily limit reached for create_character (2/day)"}</c>); what cannot succeed as sent is 4xx.
/// </summary>
internal static class RefusalProblems
{
    public static IResult From(Refusal refusal)
    {
        // A boost's refusal names its field first ("factor must be ...").
        var field = refusal.Reason == "invalid_boost" ? refusal.Detail.Split(' ', 2)[0] : FieldOf(refusal.Reason);
        var problem = Problems.Of(StatusOf(refusal), refusal.Detail, field, reason: refusal.Reason);
        return refusal.IsThrottle ? new RetryAfterResult(problem, refusal.RetryAfterSeconds ?? 60) : problem;
    }

    public static int StatusOf(Refusal refusal) => refusal.IsThrottle
        ? StatusCodes.Status429TooManyRequests
        : refusal.Reason switch
        {
            "unknown_target" or "unknown_badge" or "unknown_streak" => StatusCodes.Status404NotFound,
            "lifetime_limit_reached" or "freeze_cap_reached" => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };

    private static string? FieldOf(string reason) => reason switch
    {
        "unknown_action" or "action_disabled" or "lifetime_limit_reached" or "daily_limit_reached" or "cooldown_active" => "action",
        "daily_cap_reached" => "user_id",
        "self_award" or "missing_target" or "unknown_target" => "target_id",
        "amount_required" or "amount_not_allowed" or "amount_out_of_range" => "amount",
        "unknown_badge" or "badge_not_grantable" => "badge_id",
        "invalid_adjustment" => "delta",
        "watch_not_configured" => "kind",
        "occurred_before_current_day" => "occurred_at",
        "unknown_streak" or "freezes_not_allowed" => "streak_id",
        "freeze_cap_reached" => "count",
        _ => null,
    };
}
