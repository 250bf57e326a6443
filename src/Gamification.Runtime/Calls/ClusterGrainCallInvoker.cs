using System.Reflection;
using Microsoft.Extensions.Logging;

namespace Gamification.Runtime;

/// <summary>
/// Routes each call by its grain's partition: run here when this silo holds the lease, else send it to the
/// owner; follow "moved" answers (bounded), and wait a bounded time for a partition without a reachable owner.
/// </summary>
internal sealed class ClusterGrainCallInvoker(
    IPartitionDirectory directory,
    GrainPartitioner partitioner,
    SiloConnections peers,
    GrainCallSerializer serializer,
    RemoteExceptions exceptions,
    TransportOptions options,
    ILogger<ClusterGrainCallInvoker> logger,
    LocalGrainCallInvoker? local) : IGrainCallInvoker
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(500);
    private readonly MapRefresh _refresh = new(directory);

    // Waits and timeouts run on the wall clock: a test's fake clock must not stall or expire routing.
    private readonly TimeProvider _wall = TimeProvider.System;

    /// <inheritdoc />
    public async Task<object?> InvokeAsync(GrainId grain, MethodInfo method, object?[] arguments)
    {
        var partition = partitioner.GetPartition(grain);
        var route = new Route(grain, partition, _wall.GetTimestamp());
        GrainCallRequest? request = null;
        while (true)
        {
            if (local is not null && directory.HoldsLease(partition))
            {
                try
                {
                    return await local.InvokeAsync(grain, method, arguments);
                }
                catch (PartitionMovedException moved)
                {
                    await FollowAsync(route, directory.Local.Endpoint, moved.Owner?.Endpoint);
                    continue;
                }
            }
            var owner = route.Hint ?? directory.OwnerOf(partition)?.Endpoint;
            route.Hint = null;
            if (owner is null || owner == directory.Local.Endpoint)
            {
                await WaitForOwnerAsync(route);
                continue;
            }
            request ??= new GrainCallRequest(grain.Type, grain.Key, GrainMethodName.Of(method), IdempotencyKeys.Of(arguments), serializer.WriteArguments(method, arguments));
            var response = await SendAsync(route, owner, request);
            switch (response?.Outcome)
            {
                case null:
                    await WaitForOwnerAsync(route);
                    continue;
                case GrainCallOutcome.Completed:
                    return serializer.ReadResult(method, response.Result);
                case GrainCallOutcome.Failed:
                    throw exceptions.Rebuild(grain, response.Failure!);
                default:
                    await FollowAsync(route, owner, response.Owner);
                    continue;
            }
        }
    }

    /// <summary>Sends the call; null when the owner could not be reached at all (nothing was sent, so sending again is safe).</summary>
    private async Task<GrainCallResponse?> SendAsync(Route route, Uri owner, GrainCallRequest request)
    {
        try
        {
            return await peers.SendAsync(owner, request, CancellationToken.None);
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ConnectionError)
        {
            logger.Unreachable(owner, route.Partition);
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or InvalidDataException)
        {
            // The call may have run there: only the caller, with its idempotency key, may send it again.
            throw new GrainUnavailableException(route.Grain, $"the call to silo {owner} failed ({e.GetType().Name})", e);
        }
    }

    private async Task FollowAsync(Route route, Uri from, Uri? owner)
    {
        logger.Moved(route.Grain, from, owner);
        route.Path.Add($"{from.Authority} said {owner?.Authority ?? "nobody"}");
        if (owner is null || owner == from || owner == directory.Local.Endpoint)
        {
            // Between owners (a hand-off, a renewal still on its way): wait for one, bounded by the unowned timeout.
            await WaitForOwnerAsync(route);
            return;
        }
        if (++route.Hops > options.MaxHops)
            throw new GrainUnavailableException(route.Grain, $"partition {route.Partition} moved more than {options.MaxHops} times during the call ({string.Join("; ", route.Path)})");
        // The answer names the owner: go there at once, and reread the map for the calls after this one.
        _ = _refresh.RunAsync();
        route.Hint = owner;
    }

    private async Task WaitForOwnerAsync(Route route)
    {
        var waited = _wall.GetElapsedTime(route.Started);
        if (waited > options.UnownedTimeout)
        {
            logger.NoOwner(route.Partition, waited, route.Grain);
            throw new GrainUnavailableException(route.Grain, $"partition {route.Partition} has had no reachable owner for {waited.TotalSeconds:0.#} s{(route.Path.Count > 0 ? $" ({string.Join("; ", route.Path)})" : "")}");
        }
        // The first wait only rereads the map (a client's first call finds it empty); later ones back off first.
        if (route.Waits++ > 0)
            await Task.Delay(route.NextWait(), _wall);
        await _refresh.RunAsync();
    }

    private sealed class Route(GrainId grain, int partition, long started)
    {
        private TimeSpan _wait = FirstWait;

        public GrainId Grain { get; } = grain;

        public int Partition { get; } = partition;

        public long Started { get; } = started;

        public int Hops { get; set; }

        /// <summary>Who answered "moved" and whom they named, for the error when the hops run out.</summary>
        public List<string> Path { get; } = [];

        public int Waits { get; set; }

        public Uri? Hint { get; set; }

        public TimeSpan NextWait()
        {
            var wait = _wait;
            _wait = TimeSpan.FromTicks(Math.Min(LongestWait.Ticks, _wait.Ticks * 2));
            return wait;
        }
    }
}
