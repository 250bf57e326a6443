using Gamification.Client;
using Gamification.Samples.AwardWorker;
using Orleans.Configuration;

var builder = Host.CreateApplicationBuilder(args);
var sample = builder.Configuration.GetSection("Sample").Get<SampleSettings>() ?? new SampleSettings();
builder.Services.AddSingleton(sample);

// The thin silo-client: the grain interfaces of Gamification.Contracts, reached through a silo gateway.
builder.UseOrleansClient(client =>
{
    client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (sample.ClusterId, sample.ServiceId));
    client.UseStaticClustering(sample.GatewayEndpoints());
});
builder.Services.AddGamificationClient();
builder.Services.AddHostedService<Awarding>();

await builder.Build().RunAsync();
return Environment.ExitCode;
