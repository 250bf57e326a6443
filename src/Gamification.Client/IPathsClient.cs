using Gamification.Contracts.Paths;
using Gamification.Contracts.Rulesets;

namespace Gamification.Client;

/// <summary>Seed 003's specialization paths: the app's paths, a user's path XP and levels, and their primary path.</summary>
public interface IPathsClient
{
    Task<IReadOnlyList<PathView>> GetPathsAsync(string app, CancellationToken cancellationToken = default);

    Task<UserPaths> GetUserPathsAsync(string app, string userId, CancellationToken cancellationToken = default);

    /// <summary>Makes <paramref name="pathId"/> the user's primary path; an unknown or disabled path throws <see cref="ArgumentException"/> naming <c>path_id</c>.</summary>
    Task<UserPaths> SetPrimaryPathAsync(string app, string userId, string pathId, CancellationToken cancellationToken = default);
}
