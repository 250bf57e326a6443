namespace Gamification.Load.AdoNet;

/// <summary>One user of the <c>orleans-adonet</c> design, keyed by user id.</summary>
public interface IAdoNetAwardGrain : IGrainWithStringKey
{
    /// <summary>Awards one post's XP unless the daily limit or cap stops it; true when granted (or a replay of a granted key).</summary>
    Task<bool> AwardAsync(string idempotencyKey);

    /// <summary>The user's XP: for the cold-activation probe, a call that activates the grain and writes nothing.</summary>
    Task<long> GetExpAsync();
}
