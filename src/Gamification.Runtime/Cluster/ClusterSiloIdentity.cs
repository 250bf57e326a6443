using Microsoft.Extensions.Options;

namespace Gamification.Runtime;

/// <summary>
/// This silo in the cluster: its address (endpoint and a generation unique to this start) and the clock its leases
/// run on. That clock is the wall clock, never a test's fake one: a lease must expire in real time on every silo alike.
/// </summary>
internal sealed class ClusterSiloIdentity
{
    public ClusterSiloIdentity(IOptions<ClusterOptions> options)
    {
        StartedAt = Clock.GetUtcNow();
        Address = new SiloAddress(options.Value.SiloEndpoint!, StartedAt.ToUnixTimeMilliseconds());
    }

    public TimeProvider Clock { get; } = TimeProvider.System;

    public DateTimeOffset StartedAt { get; }

    public SiloAddress Address { get; }
}
