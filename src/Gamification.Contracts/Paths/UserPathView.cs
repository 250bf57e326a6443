namespace Gamification.Contracts.Paths;

/// <summary>A user's progress on one path: the action XP earned while it was primary, and the level that XP reaches.</summary>
[GenerateSerializer, Immutable, Alias("gamification.user-path-view")]
public sealed record UserPathView(
    [property: Id(0)] string PathId,
    [property: Id(1)] string Name,
    [property: Id(2)] long Xp,
    [property: Id(3)] int Level,
    [property: Id(4)] bool Primary);
