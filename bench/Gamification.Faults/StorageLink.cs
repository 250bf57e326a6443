using System.Net.Sockets;

namespace Gamification.Faults;

/// <summary>One proxied connection: bytes copied both ways until either side closes or the proxy cuts it.</summary>
internal sealed class StorageLink(Socket client, Socket server)
{
    public async Task RunAsync()
    {
        try
        {
            await Task.WhenAny(CopyAsync(client, server), CopyAsync(server, client));
        }
        finally
        {
            Cut();
            client.Dispose();
        }
    }

    /// <summary>Resets both sides: the silo's driver sees a broken connection mid-whatever it was doing.</summary>
    public void Cut()
    {
        try
        {
            client.LingerState = new LingerOption(true, 0);
            client.Close(0);
            server.Close(0);
        }
        catch (ObjectDisposedException)
        {
            // Already gone.
        }
    }

    private static async Task CopyAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                if (read == 0)
                    return;
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Cut or closed: the other direction ends too.
        }
    }
}
