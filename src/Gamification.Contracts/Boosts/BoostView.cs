namespace Gamification.Contracts.Boosts;

/// <summary>A boost: a user's own (<c>user</c>) or the whole app's (<c>app</c>).</summary>
[GenerateSerializer, Alias("gamification.boost-view")]
public sealed record BoostView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Scope,
    [property: Id(2)] decimal Factor,
    [property: Id(3)] DateTimeOffset StartsAt,
    [property: Id(4)] DateTimeOffset EndsAt,
    [property: Id(5)] IReadOnlyList<string>? Actions,
    [property: Id(6)] string? Source)
{
    public bool Equals(BoostView? other) =>
        other is not null && Id == other.Id && Scope == other.Scope && Factor == other.Factor && StartsAt == other.StartsAt
        && EndsAt == other.EndsAt && (Actions ?? []).SequenceEqual(other.Actions ?? []) && Source == other.Source;

    public override int GetHashCode() => HashCode.Combine(Id, Scope, Factor, StartsAt, EndsAt);
}
