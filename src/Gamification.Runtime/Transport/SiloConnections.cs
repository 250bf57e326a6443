using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace Gamification.Runtime;

/// <summary>
/// One long-lived HTTP/2 cleartext connection per peer silo, multiplexing every call to it; made on the first call.
/// </summary>
public sealed class SiloConnections : IDisposable
{
    /// <summary>The path a silo serves grain calls on.</summary>
    public const string CallPath = "/grains/call";

    /// <summary>The path a silo serves its partition map on.</summary>
    public const string MapPath = "/cluster/partitions";

    private static readonly MediaTypeHeaderValue EnvelopeType = new(GrainCallEnvelope.ContentType);
    private readonly ConcurrentDictionary<Uri, HttpClient> _peers = new();
    private readonly TimeSpan _timeout;

    public SiloConnections(TransportOptions options) => _timeout = options.PeerCallTimeout;

    public async Task<GrainCallResponse> SendAsync(Uri silo, GrainCallRequest request, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(GrainCallEnvelope.Write(request));
        content.Headers.ContentType = EnvelopeType;
        using var response = await Peer(silo).PostAsync(new Uri(CallPath, UriKind.Relative), content, cancellationToken);
        response.EnsureSuccessStatusCode();
        return GrainCallEnvelope.ReadResponse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    public async Task<PartitionMap> GetMapAsync(Uri silo, CancellationToken cancellationToken)
    {
        var body = await Peer(silo).GetByteArrayAsync(new Uri(MapPath, UriKind.Relative), cancellationToken);
        return PartitionMap.Read(body);
    }

    public void Dispose()
    {
        foreach (var peer in _peers.Values)
            peer.Dispose();
    }

    private HttpClient Peer(Uri silo) => _peers.GetOrAdd(silo, endpoint => new HttpClient(new SocketsHttpHandler
    {
        // One connection per peer: HTTP/2 multiplexes the calls; past the peer's stream limit they queue here.
        EnableMultipleHttp2Connections = false,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(2),
        KeepAlivePingDelay = TimeSpan.FromSeconds(5),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(5),
        KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
    })
    {
        BaseAddress = endpoint,
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = _timeout,
    });
}
