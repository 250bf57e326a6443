namespace Gamification.Domain.Rules;

/// <summary>An XP multiplier for every user of an app between two instants ("double XP this weekend").</summary>
/// <param name="Actions">The actions it multiplies; null for every action and watching.</param>
public sealed record AppBoost(string Id, decimal Factor, DateTimeOffset StartsAt, DateTimeOffset EndsAt, IReadOnlySet<string>? Actions)
{
    public bool IsActiveAt(DateTimeOffset at) => StartsAt <= at && at < EndsAt;

    public bool Covers(string action) => Actions is null || Actions.Contains(action);
}
