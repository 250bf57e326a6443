using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Requests;

/// <summary><c>PUT /api/users/{user_id}/time_zone</c>: the IANA time zone streak days are counted in; null for UTC.</summary>
public sealed record TimeZoneRequest(string? TimeZone) : IValidatedRequest
{
    void IValidatedRequest.Validate(RequestErrors errors)
    {
        if (TimeZone is not null && (TimeZone.Length is 0 or > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) || !zone.HasIanaId))
            errors.Add("time_zone", $"time_zone '{TimeZone}' is not an IANA time zone (such as Europe/Berlin or America/New_York)");
    }
}
