using Gamification.Contracts;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Leaderboards;
using Microsoft.Extensions.Options;

namespace Gamification.Client;

/// <summary><see cref="ILeaderboardClient"/> over grain references; arguments are checked before anything is sent.</summary>
public sealed class LeaderboardClient(IGrainFactory grains, IOptions<GamificationClientOptions> options) : ILeaderboardClient
{
    public Task<LeaderboardPage> GetTopAsync(string app, string board, string window, int offset = 0, int limit = 10, CancellationToken cancellationToken = default)
    {
        var grain = Board(app, board, window);
        Argument.Limit(limit, ILeaderboardClient.MaxLimit, "limit");
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return Call(grain.GetTop(offset, limit), cancellationToken);
    }

    public Task<LeaderboardStanding> GetStandingAsync(string app, string board, string window, string userId, int around = 5, CancellationToken cancellationToken = default)
    {
        var grain = Board(app, board, window);
        Argument.Id(userId, "user_id");
        if (around is < 0 or > ILeaderboardClient.MaxAround)
            throw new ArgumentException($"around must be between 0 and {ILeaderboardClient.MaxAround}", nameof(around));
        return Call(grain.GetStanding(userId, around), cancellationToken);
    }

    public Task SetScoreAsync(string app, string board, string window, ScoreUpdate update, CancellationToken cancellationToken = default)
    {
        var grain = Board(app, board, window);
        Argument.Id(update.UserId, "user_id");
        return Call(grain.SetScore(update), cancellationToken);
    }

    public Task<int> RebuildAsync(string app, string board, string window, CancellationToken cancellationToken = default) =>
        Call(Board(app, board, window).Rebuild(), cancellationToken);

    public Task<ExcludedUsers> ExcludeAsync(string app, string userId, CancellationToken cancellationToken = default) =>
        Call(Exclusions(app).Exclude(Argument.Id(userId, "user_id")), cancellationToken);

    public Task<ExcludedUsers> ReadmitAsync(string app, string userId, CancellationToken cancellationToken = default) =>
        Call(Exclusions(app).Readmit(Argument.Id(userId, "user_id")), cancellationToken);

    public Task<ExcludedUsers> GetExcludedAsync(string app, CancellationToken cancellationToken = default) =>
        Call(Exclusions(app).GetExcluded(), cancellationToken);

    private ILeaderboardGrain Board(string app, string board, string window)
    {
        Argument.Id(app, "app");
        Argument.Id(board, "board");
        if (LeaderboardWindows.Resolve(window, DateTimeOffset.UnixEpoch) != window)
            throw new ArgumentException($"window {LeaderboardWindows.Rule}, as a key (all, day:..., week:..., month:...)", nameof(window));
        return grains.GetGrain<ILeaderboardGrain>(LeaderboardKeys.Of(app, board, window));
    }

    private ILeaderboardExclusionsGrain Exclusions(string app) => grains.GetGrain<ILeaderboardExclusionsGrain>(Argument.Id(app, "app"));

    // Timeouts run on the wall clock, as for every client call.
    private async Task<T> Call<T>(Task<T> call, CancellationToken cancellationToken) => await call.WaitAsync(options.Value.CallTimeout, cancellationToken);

    private async Task Call(Task call, CancellationToken cancellationToken) => await call.WaitAsync(options.Value.CallTimeout, cancellationToken);
}
