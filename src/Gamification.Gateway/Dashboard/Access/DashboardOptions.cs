namespace Gamification.Gateway.Dashboard;

/// <summary>The <c>Dashboard</c> configuration section: who may sign in to <c>/dashboard</c> besides admin keys.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>Operators who sign in with a name and password; the password is stored as its SHA-256 in hex.</summary>
    public List<DashboardUserOptions> Users { get; set; } = [];

    /// <summary>How long a sign-in lasts without use.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
