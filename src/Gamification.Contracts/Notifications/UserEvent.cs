namespace Gamification.Contracts.Notifications;

/// <summary>
/// Something a user reached that apps want to hear about: a level, a badge, a grade. Delivered to the
/// app's webhooks at least once; <paramref name="Id"/> is the same on every delivery, for receivers to dedupe.
/// </summary>
/// <param name="Id">Unique per app: <c>app/user/ledger key.kind</c>, derived from the ledger entry that caused it.</param>
/// <param name="Type"><c>level_up</c>, <c>badge_earned</c> or <c>grade_changed</c>.</param>
/// <param name="LedgerKey">The ledger entry that caused it.</param>
/// <param name="Level">The level after the event (<c>level_up</c>); <paramref name="PreviousLevel"/> before it.</param>
/// <param name="Name">The level's rank name, the badge id or the grade name.</param>
[GenerateSerializer, Immutable, Alias("gamification.user-event")]
public sealed record UserEvent(
    [property: Id(0)] string Id,
    [property: Id(1)] string Type,
    [property: Id(2)] string App,
    [property: Id(3)] string UserId,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string LedgerKey,
    [property: Id(6)] long TotalXp,
    [property: Id(7)] int? Level,
    [property: Id(8)] int? PreviousLevel,
    [property: Id(9)] string? Name,
    [property: Id(10)] int RulesetVersion,
    [property: Id(11)] int? StreakLength = null);
