using Gamification.Contracts;
using Gamification.Contracts.Grains;
using Gamification.Contracts.Paths;
using Gamification.Contracts.Rulesets;
using Microsoft.Extensions.Options;

namespace Gamification.Client;

/// <summary><see cref="IPathsClient"/> over the ruleset and user grains.</summary>
public sealed class PathsClient(IGrainFactory grains, IOptions<GamificationClientOptions> options) : IPathsClient
{
    public async Task<IReadOnlyList<PathView>> GetPathsAsync(string app, CancellationToken cancellationToken = default)
    {
        var ruleset = await grains.GetGrain<IRulesetGrain>(Argument.Id(app, "app")).GetCurrent().WaitAsync(options.Value.CallTimeout, cancellationToken);
        return ruleset.Paths ?? [];
    }

    public Task<UserPaths> GetUserPathsAsync(string app, string userId, CancellationToken cancellationToken = default) =>
        User(app, userId).GetPaths().WaitAsync(options.Value.CallTimeout, cancellationToken);

    public Task<UserPaths> SetPrimaryPathAsync(string app, string userId, string pathId, CancellationToken cancellationToken = default)
    {
        var user = User(app, userId);
        Argument.Id(pathId, "path_id");
        return user.SetPrimaryPath(pathId).WaitAsync(options.Value.CallTimeout, cancellationToken);
    }

    private IUserProgressGrain User(string app, string userId) => grains.User(app, userId);
}
