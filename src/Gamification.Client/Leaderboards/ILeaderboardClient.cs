using Gamification.Contracts.Leaderboards;

namespace Gamification.Client;

/// <summary>
/// Leaderboards for .NET callers. <c>board</c> is <c>xp</c>, <c>module:&lt;id&gt;</c> or a board fed
/// through <see cref="SetScoreAsync"/> (such as <c>path:&lt;id&gt;</c>); <c>window</c> is a key from
/// <see cref="LeaderboardWindows.Resolve"/> (<c>all</c>, <c>day:2026-11-21</c>, <c>week:2026-W47</c>, <c>month:2026-11</c>).
/// </summary>
public interface ILeaderboardClient
{
    public const int MaxLimit = 100;

    public const int MaxAround = 50;

    Task<LeaderboardPage> GetTopAsync(string app, string board, string window, int offset = 0, int limit = 10, CancellationToken cancellationToken = default);

    Task<LeaderboardStanding> GetStandingAsync(string app, string board, string window, string userId, int around = 5, CancellationToken cancellationToken = default);

    /// <summary>Sets a user's score on a board fed from outside the XP flow; a sequence not newer than the last changes nothing.</summary>
    Task SetScoreAsync(string app, string board, string window, ScoreUpdate update, CancellationToken cancellationToken = default);

    /// <summary>Merges the stored sources into the board (repairs a missed update); answers the ranked count.</summary>
    Task<int> RebuildAsync(string app, string board, string window, CancellationToken cancellationToken = default);

    Task<ExcludedUsers> ExcludeAsync(string app, string userId, CancellationToken cancellationToken = default);

    Task<ExcludedUsers> ReadmitAsync(string app, string userId, CancellationToken cancellationToken = default);

    Task<ExcludedUsers> GetExcludedAsync(string app, CancellationToken cancellationToken = default);
}
