using System.Globalization;
using System.Text.Json.Nodes;
using Gamification.Contracts;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Boosts;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Rulesets;
using Gamification.Contracts.Streaks;
using Microsoft.Extensions.Options;

namespace Gamification.Client;

/// <summary><see cref="IStreaksClient"/> over the user and ruleset grains.</summary>
public sealed class StreaksClient(IGrainFactory grains, IOptions<GamificationClientOptions> options) : IStreaksClient
{
    private TimeSpan Timeout => options.Value.CallTimeout;

    public Task<UserStreaks> GetStreaksAsync(string app, string userId, CancellationToken cancellationToken = default) =>
        User(app, userId).GetStreaks().WaitAsync(Timeout, cancellationToken);

    public Task<UserStreaks> SetTimeZoneAsync(string app, string userId, string? timeZone, CancellationToken cancellationToken = default) =>
        User(app, userId).SetTimeZone(timeZone).WaitAsync(Timeout, cancellationToken);

    public Task<AwardResult> GrantFreezesAsync(string app, string userId, FreezeCommand command, CancellationToken cancellationToken = default)
    {
        var user = User(app, userId);
        command = command with { StreakId = Argument.Id(command.StreakId, "streak_id"), IdempotencyKey = Argument.Key(command.IdempotencyKey, "idempotency_key") };
        return user.GrantFreezes(command).WaitAsync(Timeout, cancellationToken);
    }

    public Task<AwardResult> GrantBoostAsync(string app, string userId, BoostCommand command, CancellationToken cancellationToken = default)
    {
        var user = User(app, userId);
        Argument.Id(command.Id, "id");
        return user.GrantBoost(command).WaitAsync(Timeout, cancellationToken);
    }

    public async Task<IReadOnlyList<BoostView>> GetAppBoostsAsync(string app, CancellationToken cancellationToken = default) =>
        (await Ruleset(app).GetCurrent().WaitAsync(Timeout, cancellationToken)).ScheduledBoosts ?? [];

    public Task<RulesetEditResult> ScheduleAppBoostAsync(string app, BoostCommand command, CancellationToken cancellationToken = default)
    {
        var ruleset = Ruleset(app);
        var boost = new JsonObject
        {
            ["factor"] = command.Factor,
            ["starts_at"] = command.StartsAt.ToString("O", CultureInfo.InvariantCulture),
            ["ends_at"] = command.EndsAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (command.Actions is { Count: > 0 } actions)
            boost["actions"] = new JsonArray([.. actions.Select(a => JsonValue.Create(a))]);
        var edit = new RulesetEdit(RulesetSection.ScheduledBoost, Argument.Id(command.Id, "id"), boost.ToJsonString(), null, command.Source);
        return ruleset.Edit(edit).WaitAsync(Timeout, cancellationToken);
    }

    public Task<RulesetEditResult> CancelAppBoostAsync(string app, string boostId, string editedBy, CancellationToken cancellationToken = default)
    {
        var ruleset = Ruleset(app);
        return ruleset.Edit(new RulesetEdit(RulesetSection.ScheduledBoost, Argument.Id(boostId, "boost_id"), "null", null, editedBy)).WaitAsync(Timeout, cancellationToken);
    }

    private IUserProgressGrain User(string app, string userId) => grains.User(app, userId);

    private IRulesetGrain Ruleset(string app) => grains.GetGrain<IRulesetGrain>(Argument.Id(app, "app"));
}
