using Gamification.Contracts.Awards;
using Gamification.Contracts.Boosts;
using Gamification.Contracts.Rulesets;
using Gamification.Contracts.Streaks;

namespace Gamification.Client;

/// <summary>Streaks with freezes, and time-boxed XP boosts for one user or a whole app.</summary>
public interface IStreaksClient
{
    Task<UserStreaks> GetStreaksAsync(string app, string userId, CancellationToken cancellationToken = default);

    /// <summary>Sets the IANA time zone the user's streak periods are counted in (null for UTC); an unknown one throws <see cref="ArgumentException"/> naming <c>time_zone</c>.</summary>
    Task<UserStreaks> SetTimeZoneAsync(string app, string userId, string? timeZone, CancellationToken cancellationToken = default);

    Task<AwardResult> GrantFreezesAsync(string app, string userId, FreezeCommand command, CancellationToken cancellationToken = default);

    Task<AwardResult> GrantBoostAsync(string app, string userId, BoostCommand command, CancellationToken cancellationToken = default);

    /// <summary>The app-wide boosts scheduled, past, present and future.</summary>
    Task<IReadOnlyList<BoostView>> GetAppBoostsAsync(string app, CancellationToken cancellationToken = default);

    /// <summary>Schedules an app-wide boost as a new ruleset version; an id already scheduled is refused.</summary>
    Task<RulesetEditResult> ScheduleAppBoostAsync(string app, BoostCommand command, CancellationToken cancellationToken = default);

    /// <summary>Removes an app-wide boost as a new ruleset version.</summary>
    Task<RulesetEditResult> CancelAppBoostAsync(string app, string boostId, string editedBy, CancellationToken cancellationToken = default);
}
