using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Gamification.Domain.Progress;
using Gamification.Grains.Names;

namespace Gamification.Grains;

/// <summary>
/// How the runtime reads grain state back: as <see cref="GrainsJsonContext"/> wrote it, except that the names
/// in a user's progress (actions, leaderboard windows, paths, badges) are the <see cref="NameTable"/>'s copies,
/// which every active user repeats. Writes keep the context's contract and its source-generated fast path.
/// </summary>
internal static class StateReading
{
    public static JsonSerializerOptions Options { get; } = Create(NameTable.Shared);

    public static JsonSerializerOptions Create(NameTable names)
    {
        var name = new SharedNameConverter(names);
        var counts = new SharedNameKeysConverter<int>(names);
        var sums = new SharedNameKeysConverter<long>(names);
        var naming = GrainsJsonContext.Default.Options.PropertyNamingPolicy!;
        var shared = new Dictionary<(Type, string), JsonConverter>
        {
            [(typeof(UserProgress), naming.ConvertName(nameof(UserProgress.ActionTotals)))] = counts,
            [(typeof(UserProgress), naming.ConvertName(nameof(UserProgress.LastEarnedAt)))] = new SharedNameKeysConverter<DateTimeOffset>(names),
            [(typeof(UserProgress), naming.ConvertName(nameof(UserProgress.PrimaryPath)))] = name,
            [(typeof(UserProgress), naming.ConvertName(nameof(UserProgress.PathXp)))] = sums,
            [(typeof(UserProgress), naming.ConvertName(nameof(UserProgress.XpByWindow)))] = sums,
            [(typeof(DailyCounters), naming.ConvertName(nameof(DailyCounters.ActionCounts)))] = counts,
            [(typeof(AwardReceipt), naming.ConvertName(nameof(AwardReceipt.Action)))] = name,
            [(typeof(EarnedBadge), naming.ConvertName(nameof(EarnedBadge.BadgeId)))] = name,
            [(typeof(EarnedBadge), naming.ConvertName(nameof(EarnedBadge.Scope)))] = name,
        };
        return new JsonSerializerOptions(GrainsJsonContext.Default.Options)
        {
            TypeInfoResolver = GrainsJsonContext.Default.WithAddedModifier(info =>
            {
                foreach (var property in info.Properties)
                {
                    if (shared.TryGetValue((info.Type, property.Name), out var converter))
                        property.CustomConverter = converter;
                }
            }),
        };
    }
}
