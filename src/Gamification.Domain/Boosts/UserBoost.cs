namespace Gamification.Domain.Boosts;

/// <summary>An XP multiplier one user holds between two instants: bought in the shop or granted by an admin.</summary>
/// <param name="Actions">The actions it multiplies; null for every action and watching.</param>
/// <param name="Source">Where it came from: <c>shop:&lt;item&gt;</c> or <c>admin:&lt;id&gt;</c>.</param>
public sealed record UserBoost(string Id, decimal Factor, DateTimeOffset StartsAt, DateTimeOffset EndsAt, IReadOnlyList<string>? Actions, string Source)
{
    public bool IsActiveAt(DateTimeOffset at) => StartsAt <= at && at < EndsAt;

    public bool Covers(string action) => Actions is null || Actions.Contains(action);
}
