namespace Gamification.Dashboard.Tests;

/// <summary>Every endpoint of the dashboard API, with query strings that would succeed for an admin.</summary>
public static class DashboardEndpoints
{
    public static readonly string[] All =
    [
        "/dashboard/api/session",
        "/dashboard/api/cluster",
        "/dashboard/api/grains",
        "/dashboard/api/storage",
        "/dashboard/api/reminders",
        "/dashboard/api/inspect?app=mikoshi&kind=user&id=alice",
        "/dashboard/api/ruleset?app=mikoshi",
    ];

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var endpoint in All)
            cases.Add(endpoint);
        return cases;
    }
}
