using Gamification.Contracts.Invariants;

namespace Gamification.Client.Invariants;

/// <summary>The invariant checker for .NET callers (the gateway's <c>POST /admin/check</c>): one page of an app's users at a time.</summary>
public interface IInvariantClient
{
    Task<InvariantPage> CheckUsersAsync(string app, string? after = null, int limit = 200, CancellationToken cancellationToken = default);
}
