using System.Text.Json;

namespace Gamification.Grains.Mapping;

/// <summary>Enum values as the API spells them: <c>DailyLimitReached</c> becomes <c>daily_limit_reached</c>.</summary>
internal static class Codes
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
