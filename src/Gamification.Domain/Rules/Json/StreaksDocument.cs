namespace Gamification.Domain.Rules.Json;

// $.streaks and $.boosts as written; every member optional so that the readers report a missing one by path.

internal sealed class StreakDocument
{
    public string? Name { get; set; }
    public string? Period { get; set; }
    public List<string>? Actions { get; set; }
    public int? MaxFreezes { get; set; }
    public List<StreakMilestoneDocument>? Milestones { get; set; }
}

internal sealed class StreakMilestoneDocument
{
    public int? Length { get; set; }
    public int? Xp { get; set; }
    public string? Badge { get; set; }
    public long? Tokens { get; set; }
    public int? Freezes { get; set; }
}

internal sealed class BoostsDocument
{
    public string? Combine { get; set; }
    public string? Rounding { get; set; }
    public decimal? MaxFactor { get; set; }
    public List<AppBoostDocument>? Scheduled { get; set; }
}

internal sealed class AppBoostDocument
{
    public string? Id { get; set; }
    public decimal? Factor { get; set; }
    public DateTimeOffset? StartsAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }
    public List<string>? Actions { get; set; }
}
