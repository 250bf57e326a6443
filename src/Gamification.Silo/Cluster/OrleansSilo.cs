using Gamification.Grains;
using Gamification.Grains.Diagnostics;
using Gamification.Grains.Hosting;
using Gamification.Persistence;
using Gamification.Storage;
using Gamification.Storage.Orleans;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Gamification.Silo;

/// <summary>
/// The Orleans silo of this process: localhost clustering for the embedded default, the PostgreSQL membership
/// table for a cluster; grain state and ledger in the journaled store; reminders beside them.
/// </summary>
internal static class OrleansSilo
{
    public static void Configure(ISiloBuilder silo, SiloSettings settings, ClusterSettings cluster, IConfiguration configuration)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = cluster.ClusterId;
            o.ServiceId = cluster.ServiceId;
        });
        if (cluster.Role == ClusterRole.Embedded)
            silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
        else
        {
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = StorageInvariants.Npgsql;
                o.ConnectionString = settings.ConnectionString;
            });
            silo.ConfigureEndpoints(cluster.AdvertisedAddress, cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true);
        }
        silo.Configure<ClusterMembershipOptions>(configuration.GetSection("Cluster:Membership"));
        silo.Configure<GrainCollectionOptions>(configuration.GetSection("Silo:GrainCollection"));
        silo.Configure<ReminderOptions>(configuration.GetSection("Silo:Reminders"));

        var postgres = settings.Storage == StorageProvider.Postgres;
        silo.AddJournaledStorage(StorageProviders.Journaled, asDefault: true, configure: o =>
        {
            o.Invariant = postgres ? StorageInvariants.Npgsql : StorageInvariants.MicrosoftDataSqlite;
            o.ConnectionString = settings.ConnectionString;
            // Bound first, so that the code's choices below win over a setting that names them.
            configuration.GetSection(JournaledStorageOptions.SectionName).Bind(o);
            o.SerializerOptions = GrainStateJson.Writing;
            o.DeserializerOptions = GrainStateJson.Reading;
        });
        if (postgres)
            silo.UsePostgresReminderService(o => o.ConnectionString = settings.ConnectionString);
        else
            silo.UseSqliteReminderService(o => o.ConnectionString = settings.ConnectionString);

        silo.AddIncomingGrainCallFilter<StorageFailureFilter>();

        // The project's dashboard reads the metrics every silo counts; Orleans's dashboard reads its own grains.
        silo.AddGamificationDiagnostics();
        silo.AddDashboard();
    }
}
