using System.Text.Json.Serialization;

namespace Gamification.Domain.Rules.Json;

// The ruleset file as written (snake_case JSON). Every member is optional here so that a missing
// one is reported with its path by RulesetReader instead of failing deserialization.

internal sealed class RulesetDocument
{
    public string? Id { get; set; }
    public int? Version { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public LevelsDocument? Levels { get; set; }
    public Dictionary<string, ActionDocument>? Actions { get; set; }
    public List<DailyCapDocument>? DailyCaps { get; set; }
    public DailyRewardDocument? DailyReward { get; set; }
    public MessagesDocument? Messages { get; set; }
    public List<GradeDocument>? Grades { get; set; }
    public Dictionary<string, BadgeDocument>? Badges { get; set; }
    public WatchDocument? Watch { get; set; }
    public TokensDocument? Tokens { get; set; }
    public Dictionary<string, PathDocument>? Paths { get; set; }
    public Dictionary<string, StreakDocument>? Streaks { get; set; }
    public BoostsDocument? Boosts { get; set; }
}

internal sealed class PathDocument
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Icon { get; set; }
    public string? Color { get; set; }
    public Dictionary<string, decimal>? XpMultipliers { get; set; }
    public bool? Enabled { get; set; }
}

internal sealed class LevelsDocument
{
    public List<LevelDocument>? Table { get; set; }
    public LinearDocument? Linear { get; set; }
}

internal sealed class LevelDocument
{
    public int? Level { get; set; }
    public string? Name { get; set; }
    public long? Xp { get; set; }
    public string? Unlock { get; set; }
}

internal sealed class LinearDocument
{
    public int? XpPerLevel { get; set; }
    public int? MaxLevel { get; set; }
}

internal sealed class ActionDocument
{
    public int? Xp { get; set; }
    public int? DailyLimit { get; set; }
    public int? LifetimeLimit { get; set; }
    public int? CooldownSeconds { get; set; }
    public string? Recipient { get; set; }
    public bool? Enabled { get; set; }
    public bool? ClientAllowed { get; set; }
    public AmountRangeDocument? CustomAmount { get; set; }
    public string? Description { get; set; }
    public bool? RegistersTarget { get; set; }
}

internal sealed class AmountRangeDocument
{
    public int? Min { get; set; }
    public int? Max { get; set; }
}

internal sealed class DailyCapDocument
{
    public int? MinLevel { get; set; }
    public int? MaxLevel { get; set; }
    public int? Xp { get; set; }
}

internal sealed class DailyRewardDocument
{
    public int? Xp { get; set; }
}

internal sealed class MessagesDocument
{
    public string? Action { get; set; }
    public List<MilestoneDocument>? Milestones { get; set; }
}

internal sealed class MilestoneDocument
{
    public string? Id { get; set; }
    public int? Every { get; set; }
    public int? At { get; set; }
    public string? Action { get; set; }
    public string? Badge { get; set; }
}

internal sealed class GradeDocument
{
    public string? Name { get; set; }
    public long? MinXp { get; set; }
    public string? UserType { get; set; }
    public string? AnimationAssetUrl { get; set; }
}

internal sealed class BadgeDocument
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Description { get; set; }
    public string? Action { get; set; }
    public int? Threshold { get; set; }
}

internal sealed class WatchDocument
{
    public int? LiveXpPerMinute { get; set; }
    public int? ReplayXpPerMinute { get; set; }
    public int? DailyMinuteCap { get; set; }
    public int? MaxHeartbeatGapSeconds { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(RulesetDocument))]
internal sealed partial class RulesetJsonContext : JsonSerializerContext;
