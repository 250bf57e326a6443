using Gamification.Storage;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Gamification.Silo;

/// <summary>The gateway process's Orleans client: it finds silo gateways in the membership table, or in <c>Client:Gateways</c>, and waits for one.</summary>
internal static class OrleansGatewayClient
{
    public static void Configure(IClientBuilder client, ClusterSettings cluster, string? membershipConnectionString)
    {
        client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        if (cluster.Gateways.Count > 0)
            client.UseStaticClustering([.. cluster.Gateways]);
        else
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = StorageInvariants.Npgsql;
                o.ConnectionString = membershipConnectionString;
            });
        // Orleans's dashboard at /dashboard/orleans is served here from the silos' dashboard grains.
        client.AddDashboard();
        // Silos may start after the gateway: keep trying rather than fail the process's start.
        client.UseConnectionRetryFilter(async (_, cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            return !cancellationToken.IsCancellationRequested;
        });
    }
}
