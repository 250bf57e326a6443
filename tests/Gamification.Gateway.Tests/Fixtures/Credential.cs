using System.Net.Http.Headers;

namespace Gamification.Gateway.Tests.Fixtures;

/// <summary>How a test request proves who sends it.</summary>
public abstract record Credential
{
    public static readonly Credential None = new Anonymous();

    public static Credential Key(string name) => new ApiKey(TestKeys.Plain(name), AsHeader: false);

    public static Credential KeyHeader(string name) => new ApiKey(TestKeys.Plain(name), AsHeader: true);

    public static Credential All(string app) => Key($"{app}-all");

    public static Credential Read(string app) => Key($"{app}-read");

    public static Credential Award(string app) => Key($"{app}-award");

    public static Credential User(string app, string userId) => new Bearer(TestTokens.For(app, userId));

    public static Credential Token(string token) => new Bearer(token);

    public static Credential RawKey(string key) => new ApiKey(key, AsHeader: false);

    public abstract void Apply(HttpRequestMessage request);

    private sealed record Anonymous : Credential
    {
        public override void Apply(HttpRequestMessage request)
        {
        }
    }

    private sealed record ApiKey(string Value, bool AsHeader) : Credential
    {
        public override void Apply(HttpRequestMessage request)
        {
            if (AsHeader)
                request.Headers.Add("X-Api-Key", Value);
            else
                request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", Value);
        }
    }

    private sealed record Bearer(string Jwt) : Credential
    {
        public override void Apply(HttpRequestMessage request) => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Jwt);
    }
}
