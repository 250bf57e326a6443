namespace Gamification.Economy.Tests;

/// <summary>Ids no other test uses, so tests share a silo without sharing users.</summary>
internal static class Fresh
{
    public static string Id(string prefix = "u") => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 40)];

    public static string Key() => Guid.NewGuid().ToString("N");
}
