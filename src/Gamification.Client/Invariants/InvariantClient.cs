using Gamification.Contracts.Grains;
using Gamification.Contracts.Invariants;

namespace Gamification.Client.Invariants;

/// <summary><see cref="IInvariantClient"/> over the app's <see cref="IInvariantCheckGrain"/>; a check only reads, so a retry is harmless.</summary>
public sealed class InvariantClient(IGrainFactory grains) : IInvariantClient
{
    public const int MaxLimit = 1000;

    public Task<InvariantPage> CheckUsersAsync(string app, string? after = null, int limit = 200, CancellationToken cancellationToken = default)
    {
        var checker = grains.GetGrain<IInvariantCheckGrain>(Argument.Id(app, "app"));
        after = Argument.OptionalId(after, "after");
        Argument.Limit(limit, MaxLimit, "limit");
        return checker.CheckUsers(after, limit).WaitAsync(cancellationToken);
    }
}
