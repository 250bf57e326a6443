using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Gamification.Faults;

/// <summary>
/// A TCP proxy on loopback between the silos and PostgreSQL that the campaign can turn off: while it refuses,
/// every open connection is cut and every new one is closed at once, as when the server is down or restarting.
/// </summary>
public sealed class StorageProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint upstream;
    private readonly ConcurrentDictionary<Guid, StorageLink> links = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private volatile bool refusing;

    private StorageProxy(IPEndPoint upstream)
    {
        this.upstream = upstream;
        listener.Start();
        accepting = AcceptAsync();
    }

    /// <summary>The loopback port the silos connect to.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Connections cut or refused so far.</summary>
    public int Refused { get; private set; }

    /// <summary>A proxy in front of <paramref name="host"/>:<paramref name="port"/>.</summary>
    public static async Task<StorageProxy> StartAsync(string host, int port)
    {
        var addresses = await Dns.GetHostAddressesAsync(host);
        return new StorageProxy(new IPEndPoint(addresses.First(a => a.AddressFamily == AddressFamily.InterNetwork), port));
    }

    /// <summary>Cuts every open connection and refuses new ones until <see cref="Accept"/>.</summary>
    public void Refuse()
    {
        refusing = true;
        foreach (var link in links.Values)
            link.Cut();
    }

    /// <summary>Lets connections through again.</summary>
    public void Accept() => refusing = false;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        foreach (var link in links.Values)
            link.Cut();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(stopping.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }
            if (refusing)
            {
                Refused++;
                // A reset, not a graceful close: what a client sees from a port nobody listens on.
                client.LingerState = new LingerOption(true, 0);
                client.Dispose();
                continue;
            }
            _ = LinkAsync(client);
        }
    }

    private async Task LinkAsync(Socket client)
    {
        var id = Guid.NewGuid();
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await server.ConnectAsync(upstream, stopping.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            client.Dispose();
            return;
        }
        var link = new StorageLink(client, server);
        links[id] = link;
        if (refusing)
            link.Cut();
        await link.RunAsync();
        links.TryRemove(id, out _);
    }
}
