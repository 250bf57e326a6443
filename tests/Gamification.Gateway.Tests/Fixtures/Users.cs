namespace Gamification.Gateway.Tests.Fixtures;

/// <summary>Fresh user ids, so that tests sharing a silo never share a user.</summary>
public static class Users
{
    public static string New(string role = "user") => $"{role}-{Guid.NewGuid():N}"[..Math.Min(role.Length + 13, 64)];

    public static string Entity(string type) => $"{type}-{Guid.NewGuid():N}";
}
