namespace Gamification.Gateway.Dashboard;

/// <summary>One dashboard user: a name and the SHA-256 (hex) of a long random password.</summary>
public sealed class DashboardUserOptions
{
    public string Name { get; set; } = "";

    public string Sha256 { get; set; } = "";
}
