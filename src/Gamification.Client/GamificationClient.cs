using Gamification.Contracts;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Entities;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Modules;
using Gamification.Contracts.Progress;
using Gamification.Contracts.Rulesets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gamification.Client;

/// <summary>
/// <see cref="IGamificationClient"/> over grain references. Every event carries an idempotency key
/// (one is made when the caller gave none), so a retry after a transient failure never awards twice.
/// </summary>
public sealed partial class GamificationClient(IGrainFactory grains, IOptions<GamificationClientOptions> options, ILogger<GamificationClient> logger)
    : IGamificationClient
{
    private readonly GamificationClientOptions settings = options.Value;

    public Task<AwardResult> AwardAsync(string app, AwardCommand command, CancellationToken cancellationToken = default)
    {
        Argument.Id(app, "app");
        command = command with
        {
            ActorUserId = Argument.Id(command.ActorUserId, "user_id"),
            Action = Argument.Id(command.Action, "action"),
            IdempotencyKey = Argument.Key(command.IdempotencyKey, "idempotency_key"),
        };
        if (command.Target is { } target)
        {
            var entity = Entity(app, Argument.Id(target.Type, "target_type"), Argument.Id(target.Id, "target_id"));
            return Call(() => entity.Award(command), cancellationToken);
        }
        return Call(() => User(app, command.ActorUserId).Award(command), cancellationToken);
    }

    public Task<AwardResult> WatchAsync(string app, string userId, WatchCommand command, CancellationToken cancellationToken = default)
    {
        var user = User(app, userId);
        command = command with { StreamId = Argument.Id(command.StreamId, "stream_id"), IdempotencyKey = Argument.Key(command.IdempotencyKey, "idempotency_key") };
        return Call(() => user.Watch(command), cancellationToken);
    }

    public Task<MessageResult> RecordMessageAsync(string app, string moduleId, MessageCommand command, CancellationToken cancellationToken = default)
    {
        var module = Module(app, moduleId);
        command = command with { UserId = Argument.Id(command.UserId, "user_id"), IdempotencyKey = Argument.Key(command.IdempotencyKey, "idempotency_key") };
        return Call(() => module.RecordMessage(command), cancellationToken);
    }

    public Task<ModuleMemberView> SetModuleStatusAsync(string app, string moduleId, string userId, string completionStatus, CancellationToken cancellationToken = default)
    {
        var module = Module(app, moduleId);
        Argument.Id(userId, "user_id");
        return Call(() => module.SetStatus(userId, completionStatus), cancellationToken);
    }

    public Task<IReadOnlyList<ModuleMemberView>> GetModuleMembersAsync(string app, string moduleId, CancellationToken cancellationToken = default)
    {
        var module = Module(app, moduleId);
        return Call(module.GetMembers, cancellationToken);
    }

    public Task<EntityView> RegisterEntityAsync(string app, string type, string id, string creatorUserId, CancellationToken cancellationToken = default)
    {
        var entity = Entity(app, Argument.Id(type, "type"), Argument.Id(id, "id"));
        Argument.Id(creatorUserId, "creator_user_id");
        return Call(() => entity.Register(creatorUserId), cancellationToken);
    }

    public Task<UserProfile> GetProfileAsync(string app, string userId, CancellationToken cancellationToken = default) =>
        Call(User(app, userId).GetProfile, cancellationToken);

    public Task<DailyLimits> GetLimitsAsync(string app, string userId, CancellationToken cancellationToken = default) =>
        Call(User(app, userId).GetLimits, cancellationToken);

    public Task<LedgerPage> GetHistoryAsync(string app, string userId, long? before = null, int limit = 50, CancellationToken cancellationToken = default)
    {
        var user = User(app, userId);
        Argument.Limit(limit, 500, "limit");
        return Call(() => user.GetHistory(before, limit), cancellationToken);
    }

    public Task<AwardResult> GrantBadgeAsync(string app, string userId, BadgeCommand command, CancellationToken cancellationToken = default)
    {
        var user = User(app, userId);
        command = command with { BadgeId = Argument.Id(command.BadgeId, "badge_id"), ModuleId = Argument.OptionalId(command.ModuleId, "module_id") };
        return Call(() => user.GrantBadge(command), cancellationToken);
    }

    public Task<AwardResult> AdjustAsync(string app, string userId, AdjustCommand command, CancellationToken cancellationToken = default)
    {
        var user = User(app, userId);
        command = command with { AdminId = Argument.Id(command.AdminId, "admin_id"), IdempotencyKey = Argument.Key(command.IdempotencyKey, "idempotency_key") };
        return Call(() => user.Adjust(command), cancellationToken);
    }

    public Task<UserProfile> SetUserTypeAsync(string app, string userId, string userType, CancellationToken cancellationToken = default)
    {
        var user = User(app, userId);
        return Call(() => user.SetUserType(userType), cancellationToken);
    }

    public Task<UserPage> ListUsersAsync(string app, string? search = null, string? after = null, int limit = 50, CancellationToken cancellationToken = default)
    {
        var directory = grains.GetGrain<IUserDirectoryGrain>(Argument.Id(app, "app"));
        search = string.IsNullOrEmpty(search) ? null : Argument.Id(search, "search");
        after = Argument.OptionalId(after, "after");
        Argument.Limit(limit, 500, "limit");
        return Call(() => directory.ListUsers(search, after, limit), cancellationToken);
    }

    public Task<RulesetView> GetRulesetAsync(string app, CancellationToken cancellationToken = default) =>
        Call(grains.GetGrain<IRulesetGrain>(Argument.Id(app, "app")).GetCurrent, cancellationToken);

    public Task<RulesetChange> PutBadgeAsync(string app, BadgeDefinition badge, CancellationToken cancellationToken = default)
    {
        var ruleset = grains.GetGrain<IRulesetGrain>(Argument.Id(app, "app"));
        badge = badge with { Id = Argument.Id(badge.Id, "id") };
        return Call(() => ruleset.PutBadge(badge), cancellationToken);
    }

    private IUserProgressGrain User(string app, string userId) => grains.User(app, userId);

    private IModuleGrain Module(string app, string moduleId) =>
        grains.GetGrain<IModuleGrain>(GrainKeys.Module(Argument.Id(app, "app"), Argument.Id(moduleId, "module_id")));

    private IEntityGrain Entity(string app, string type, string id) =>
        grains.Keyed<IEntityGrain>(GrainKeys.Entity(Argument.Id(app, "app"), type, id));

    private async Task<T> Call<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var delay = settings.FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            // A call that completes at once would otherwise answer a caller who already cancelled.
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                // Timeouts run on the wall clock: a test's fake clock moving a day ahead must not time calls out.
                return await call().WaitAsync(settings.CallTimeout, cancellationToken);
            }
            catch (Exception e) when (TransientFailures.Retryable(e) && attempt < settings.MaxAttempts)
            {
                LogRetry(attempt, e.GetType().Name);
                await Task.Delay(delay, cancellationToken);
                delay *= 2;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrying a call after attempt {Attempt} failed with {Failure}")]
    private partial void LogRetry(int attempt, string failure);
}
