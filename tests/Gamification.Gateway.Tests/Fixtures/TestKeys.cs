using System.Security.Cryptography;
using System.Text;

namespace Gamification.Gateway.Tests.Fixtures;

/// <summary>The service keys the test gateway is configured with: per app, one with every scope, one per scope.</summary>
public static class TestKeys
{
    public static readonly string[] Apps = ["mikoshi", "storybook", "academy", "degentalk"];

    /// <summary>A key with every scope and a limit of <see cref="LimitedPerMinute"/> requests a minute.</summary>
    public const string LimitedName = "mikoshi-limited";

    public const int LimitedPerMinute = 3;

    public static string Plain(string name) => $"gateway-test-key-{name}";

    public static IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        var keys = Apps.SelectMany(app => new[]
        {
            (App: app, Name: $"{app}-all", Scopes: new[] { "award", "read", "admin" }, Limit: (int?)null),
            (App: app, Name: $"{app}-read", Scopes: new[] { "read" }, Limit: null),
            (App: app, Name: $"{app}-award", Scopes: new[] { "award" }, Limit: null),
        }).Append((App: "mikoshi", Name: LimitedName, Scopes: new[] { "award", "read", "admin" }, Limit: LimitedPerMinute));
        var i = 0;
        foreach (var key in keys)
        {
            var prefix = $"Gateway:ApiKeys:{i++}";
            yield return new($"{prefix}:App", key.App);
            yield return new($"{prefix}:Name", key.Name);
            yield return new($"{prefix}:Sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Plain(key.Name)))));
            for (var s = 0; s < key.Scopes.Length; s++)
                yield return new($"{prefix}:Scopes:{s}", key.Scopes[s]);
            if (key.Limit is { } limit)
                yield return new($"{prefix}:RequestsPerMinute", limit.ToString());
        }
    }
}
