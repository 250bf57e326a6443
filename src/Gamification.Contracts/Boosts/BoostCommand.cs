namespace Gamification.Contracts.Boosts;

/// <summary>A boost for one user: <paramref name="Factor"/> times the XP of <paramref name="Actions"/> (all when null) in [starts, ends).</summary>
/// <param name="Id">Names the boost in the user's ledger forever: a second grant with the id answers the first.</param>
/// <param name="Source"><c>admin:&lt;credential&gt;</c> or <c>shop:&lt;item&gt;</c>.</param>
[GenerateSerializer, Alias("gamification.boost-command")]
public sealed record BoostCommand(
    [property: Id(0)] string Id,
    [property: Id(1)] decimal Factor,
    [property: Id(2)] DateTimeOffset StartsAt,
    [property: Id(3)] DateTimeOffset EndsAt,
    [property: Id(4)] IReadOnlyList<string>? Actions,
    [property: Id(5)] string Source);
