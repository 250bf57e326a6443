using Gamification.Client;
using Gamification.Contracts;
using Gamification.Gateway.Authentication;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gamification.Gateway.Health;

/// <summary>Ready when the cluster answers a read through the client (the ruleset of an app this gateway serves).</summary>
internal sealed class ClientHealthCheck(IGamificationClient client, ApiKeyRing keys) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var app = keys.Keys.Select(k => k.App).FirstOrDefault() ?? "default";
        try
        {
            await client.GetRulesetAsync(app, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (UnknownAppException)
        {
            return HealthCheckResult.Healthy($"The cluster answered; app {app} is not configured");
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The cluster did not answer in time");
        }
    }
}
