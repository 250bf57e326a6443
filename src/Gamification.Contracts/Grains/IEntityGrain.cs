using Gamification.Contracts.Awards;
using Gamification.Contracts.Entities;
using Orleans.Concurrency;

namespace Gamification.Contracts.Grains;

/// <summary>An app's entity (character, story, thread) and its creator. Key: <c>app/type/id</c>.</summary>
[Alias("gamification.entity")]
public interface IEntityGrain : IGrainWithStringKey
{
    /// <summary>Records the creator. Once recorded it never changes: the answer names the recorded creator, so a caller can tell a conflict.</summary>
    [Alias("Register")]
    Task<EntityView> Register(string creatorUserId);

    /// <summary>
    /// Routes an action on this entity: a creator action (a like) awards the creator; an action that
    /// creates the entity registers the actor as creator and awards them.
    /// </summary>
    [Alias("Award")]
    Task<AwardResult> Award(AwardCommand command);

    /// <summary>The entity and its creator, if registered.</summary>
    [Alias("Describe")]
    [ReadOnly]
    Task<EntityView> Describe();
}
