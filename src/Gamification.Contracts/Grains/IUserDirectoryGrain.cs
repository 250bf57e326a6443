using Gamification.Contracts.Progress;
using Orleans.Concurrency;

namespace Gamification.Contracts.Grains;

/// <summary>An app's users as stored, for admins; reading never activates a user's grain. Key: the app id.</summary>
[Alias("gamification.user-directory")]
public interface IUserDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Users whose id starts with <paramref name="search"/> (all when empty), ordered by id, after <paramref name="after"/>.</summary>
    [Alias("ListUsers")]
    [ReadOnly]
    Task<UserPage> ListUsers(string? search, string? after, int limit);
}
