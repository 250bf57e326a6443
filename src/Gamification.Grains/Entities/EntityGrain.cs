using Gamification.Persistence;
using Gamification.Grains.Hosting;
using Gamification.Contracts;
using Gamification.Contracts.Awards;
using Gamification.Contracts.Entities;
using Gamification.Contracts.Grains;
using Gamification.Domain.Awards;
using Gamification.Domain.Rules;
using Gamification.Grains.Apps;
using Gamification.Grains.Mapping;

namespace Gamification.Grains.Entities;

/// <summary>
/// An app's entity and its creator. Actions on an entity pass through it: a like goes on to the
/// creator's grain, a creating action records the actor as creator and goes on to theirs. Calls only
/// ever flow entity to user, never back, so two users liking each other's work cannot deadlock.
/// </summary>
[GrainType("entity")]
public sealed class EntityGrain(AppRulesets rulesets, [PersistentState("state", StorageProviders.Journaled)] IPersistentState<Journaled<EntityState>> state) : PersistentGrain<EntityState>(state), IEntityGrain
{
    private (string App, string Type, string Id) Key
    {
        get
        {
            var (app, rest) = GrainKeys.Split(GrainKey);
            var (type, id) = GrainKeys.Split(rest);
            return (app, type, id);
        }
    }

    public async Task<EntityView> Register(string creatorUserId)
    {
        if (State.CreatorUserId is null)
        {
            State.CreatorUserId = creatorUserId;
            await WriteStateAsync();
        }
        return View();
    }

    public async Task<AwardResult> Award(AwardCommand command)
    {
        var (app, type, id) = Key;
        var action = rulesets.For(app).Actions.GetValueOrDefault(command.Action);
        if (action?.Recipient == Recipient.Creator)
            return await AwardCreator(app, command);
        if (action?.RegistersTarget == true)
            await Register(command.ActorUserId);
        return await User(app, command.ActorUserId).Award(command with { Target = new EntityTarget(type, id) });
    }

    public Task<EntityView> Describe() => Task.FromResult(View());

    private async Task<AwardResult> AwardCreator(string app, AwardCommand command)
    {
        var (_, type, id) = Key;
        if (State.CreatorUserId is { } creator)
            return await User(app, creator).Award(command with { Target = new EntityTarget(type, id) });
        var target = new EntityRef(type, id);
        var request = new AwardRequest(command.Action, command.ActorUserId, "", command.IdempotencyKey, target, command.Amount);
        return AwardResults.From(AwardEngine.RefuseUnknownTarget(rulesets.For(app), request, target, Clock.GetUtcNow()));
    }

    private IUserProgressGrain User(string app, string userId) => GrainFactory.Keyed<IUserProgressGrain>(GrainKeys.User(app, userId));

    private EntityView View()
    {
        var (_, type, id) = Key;
        return new EntityView(type, id, State.CreatorUserId);
    }
}
