using Gamification.Testing;
using Microsoft.Extensions.Options;

namespace Gamification.Dashboard.Tests.Api;

/// <summary>Bad dashboard settings stop the silo at start, named by key, without echoing the value.</summary>
public sealed class DashboardSettingsTests
{
    [Fact]
    public async Task A_dashboard_user_with_a_malformed_digest_stops_the_silo_naming_the_key_but_not_the_value()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Dashboard:Users:0:Name"] = "ops",
            ["Dashboard:Users:0:Sha256"] = "my-plain-password",
        };

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => TestSilo.StartAsync(TestStorage.Sqlite, settings));

        Assert.Contains("Dashboard:Users:0:Sha256", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("my-plain-password", refused.Message, StringComparison.Ordinal);
    }
}
