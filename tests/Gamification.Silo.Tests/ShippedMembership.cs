using System.Text.Json;
using Gamification.Testing;

namespace Gamification.Silo.Tests;

/// <summary>The failover campaign's "shipped" membership profile is what <c>silo-config/cluster/silo.json</c> ships.</summary>
public sealed class ShippedMembership
{
    [Fact]
    public void The_shipped_membership_profile_matches_the_cluster_silo_settings_file()
    {
        var file = Path.Combine(RepositoryRoot(), "silo-config", "cluster", "silo.json");
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var shipped = document.RootElement.GetProperty("Cluster").GetProperty("Membership").EnumerateObject()
            .ToDictionary(p => $"Cluster:Membership:{p.Name}", p => (string?)p.Value.ToString());

        Assert.Equal(shipped.OrderBy(p => p.Key), MembershipProfile.Shipped.Settings.OrderBy(p => p.Key));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gamification.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No Gamification.sln above {AppContext.BaseDirectory}");
    }
}
