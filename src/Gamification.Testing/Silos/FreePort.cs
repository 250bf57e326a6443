using System.Net;
using System.Net.Sockets;

namespace Gamification.Testing;

/// <summary>
/// A port nobody listens on right now, below Linux's ephemeral range (32768-60999): a port the OS hands out for
/// outgoing connections can be taken between this check and the process that binds it.
/// </summary>
public static class FreePort
{
    private const int First = 20000;
    private const int Count = 12000;

    // A random start per test process, so test processes running side by side walk different ports.
    private static int _next = Random.Shared.Next(Count);

    public static int Next()
    {
        for (var tries = 0; tries < Count; tries++)
        {
            var port = First + (Interlocked.Increment(ref _next) & int.MaxValue) % Count;
            if (Bindable(port))
                return port;
        }
        throw new InvalidOperationException($"No free port in {First}-{First + Count - 1}");
    }

    // Silos bind every interface, so the port must be free on the IPv6 wildcard (dual stack), not only on loopback.
    private static bool Bindable(int port)
    {
        try
        {
            using var socket = Socket.OSSupportsIPv6
                ? new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp) { DualMode = true }
                : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(Socket.OSSupportsIPv6 ? IPAddress.IPv6Any : IPAddress.Any, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
