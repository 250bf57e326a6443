using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Testing;

/// <summary>What every silo a test builds in its own process needs: ports of its own and the test's clock where grains and reminders read it.</summary>
public static class TestHosting
{
    /// <summary>Gives the silo free silo and gateway ports (unless set), and <paramref name="clock"/> as its time.</summary>
    public static WebApplicationBuilder UseTestSilo(this WebApplicationBuilder builder, TimeProvider clock)
    {
        var ports = new Dictionary<string, string?>();
        foreach (var key in new[] { "Cluster:SiloPort", "Cluster:GatewayPort" })
        {
            if (builder.Configuration[key] is null)
                ports[key] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        }
        builder.Configuration.AddInMemoryCollection(ports);
        builder.Services.AddSingleton(clock);
        if (clock != TimeProvider.System)
            FakeClock.Drive(builder.Services);
        return builder;
    }
}
