namespace Gamification.Domain.Streaks;

/// <summary>The IANA time zones a user may be set to (<c>Europe/Berlin</c>); Windows names and offsets are refused.</summary>
public static class UserTimeZones
{
    public static bool IsValid(string? id) => Find(id) is not null;

    public static TimeZoneInfo? Find(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId && zone.Id != "Local" ? zone : null;
}
