using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary>
/// <c>POST /admin/boosts</c>: <paramref name="Factor"/> times the XP of <paramref name="Actions"/> (all when omitted) from
/// <paramref name="StartsAt"/> (now when omitted) to <paramref name="EndsAt"/>, for <paramref name="UserId"/> or, without one, the whole app.
/// </summary>
public sealed record BoostRequest(string? Id, decimal? Factor, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, List<string>? Actions, string? UserId) : IValidatedRequest
{
    /// <summary>The ceiling of any ruleset's <c>max_factor</c>; the ruleset's own is checked by the engine.</summary>
    public const decimal MaxFactor = 100m;

    void IValidatedRequest.Validate(RequestErrors errors)
    {
        errors.Id(Id, "id");
        errors.Required(Factor, "factor");
        if (Factor is < 1m or > MaxFactor)
            errors.Add("factor", $"factor must be between 1 and {MaxFactor}");
        errors.Required(EndsAt, "ends_at");
        if (EndsAt is { } end && StartsAt is { } start && end <= start)
            errors.Add("ends_at", "ends_at must be after starts_at");
        for (var i = 0; i < (Actions?.Count ?? 0); i++)
            errors.Id(Actions![i], $"actions[{i}]");
        errors.Id(UserId, "user_id", required: false);
    }
}
