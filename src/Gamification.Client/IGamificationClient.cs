using Gamification.Contracts.Awards;
using Gamification.Contracts.Entities;
using Gamification.Contracts.Modules;
using Gamification.Contracts.Progress;
using Gamification.Contracts.Rulesets;

namespace Gamification.Client;

/// <summary>
/// The service for .NET callers: every operation of the grains, scoped by app. Ids are checked
/// before anything is sent (<see cref="ArgumentException"/> naming the parameter); events without an
/// idempotency key get one, so the client may retry them safely.
/// </summary>
public interface IGamificationClient
{
    /// <summary>Reports an action; with a target it reaches the target's creator for creator actions.</summary>
    Task<AwardResult> AwardAsync(string app, AwardCommand command, CancellationToken cancellationToken = default);

    /// <summary>A watching heartbeat of <paramref name="userId"/>.</summary>
    Task<AwardResult> WatchAsync(string app, string userId, WatchCommand command, CancellationToken cancellationToken = default);

    /// <summary>A message of a user in a module or conversation.</summary>
    Task<MessageResult> RecordMessageAsync(string app, string moduleId, MessageCommand command, CancellationToken cancellationToken = default);

    Task<ModuleMemberView> SetModuleStatusAsync(string app, string moduleId, string userId, string completionStatus, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ModuleMemberView>> GetModuleMembersAsync(string app, string moduleId, CancellationToken cancellationToken = default);

    /// <summary>Records who created an entity; the answer names the recorded creator (another one means a conflict).</summary>
    Task<EntityView> RegisterEntityAsync(string app, string type, string id, string creatorUserId, CancellationToken cancellationToken = default);

    Task<UserProfile> GetProfileAsync(string app, string userId, CancellationToken cancellationToken = default);

    Task<DailyLimits> GetLimitsAsync(string app, string userId, CancellationToken cancellationToken = default);

    Task<LedgerPage> GetHistoryAsync(string app, string userId, long? before = null, int limit = 50, CancellationToken cancellationToken = default);

    Task<AwardResult> GrantBadgeAsync(string app, string userId, BadgeCommand command, CancellationToken cancellationToken = default);

    Task<AwardResult> AdjustAsync(string app, string userId, AdjustCommand command, CancellationToken cancellationToken = default);

    Task<UserProfile> SetUserTypeAsync(string app, string userId, string userType, CancellationToken cancellationToken = default);

    /// <summary>An app's users whose id starts with <paramref name="search"/>, ordered by id, read from storage without activating them.</summary>
    Task<UserPage> ListUsersAsync(string app, string? search = null, string? after = null, int limit = 50, CancellationToken cancellationToken = default);

    Task<RulesetView> GetRulesetAsync(string app, CancellationToken cancellationToken = default);

    Task<RulesetChange> PutBadgeAsync(string app, BadgeDefinition badge, CancellationToken cancellationToken = default);
}
