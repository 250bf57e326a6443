using System.Text.Json;
using Gamification.Domain.Progress;

namespace Gamification.Grains.Midnight;

/// <summary>
/// Tells from a stored user state whether its midnight was missed: a reminder was scheduled (the user was active)
/// and the stored counters still belong to a day before the one that just began.
/// </summary>
internal static class LateMidnights
{
    private static readonly string Scheduled = Name(nameof(UserProgress.MidnightResetScheduled));
    private static readonly string Today = Name(nameof(UserProgress.Today));
    private static readonly string Day = Name(nameof(DailyCounters.Day));

    public static bool Missed(string payloadJson, DateOnly day)
    {
        using var document = JsonDocument.Parse(payloadJson);
        var root = document.RootElement;
        if (!root.TryGetProperty(Scheduled, out var scheduled) || scheduled.ValueKind != JsonValueKind.True)
            return false;
        return root.TryGetProperty(Today, out var today) && today.TryGetProperty(Day, out var stored) &&
            DateOnly.TryParseExact(stored.GetString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var storedDay) && storedDay < day;
    }

    private static string Name(string property) => GrainsJsonContext.Default.Options.PropertyNamingPolicy!.ConvertName(property);
}
