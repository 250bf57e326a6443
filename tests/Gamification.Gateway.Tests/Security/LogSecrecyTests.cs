using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Security;

/// <summary>Request logs name the app and the credential, never a key, a token or the Authorization header.</summary>
[Collection(SharedGateway.Name)]
public sealed class LogSecrecyTests(GatewayFixture fixture)
{
    [Fact]
    public async Task Logs_name_the_credential_but_never_hold_keys_or_tokens()
    {
        var user = Users.New();
        var token = TestTokens.For("mikoshi", user);
        const string wrongKey = "wrong-key-that-must-not-be-logged";

        await fixture.Api.Post("/api/exp/gain", new { user_id = user, action = "daily_chat" }, Credential.Token(token));
        await fixture.Api.Post("/api/exp/gain", new { user_id = user, action = "create_character" }, Credential.Token(token));
        await fixture.Api.Get("/api/levels", Credential.RawKey(wrongKey));
        await fixture.Api.Get("/api/levels", Credential.KeyHeader("mikoshi-read"));

        var lines = fixture.Logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("POST /api/exp/gain answered 403", StringComparison.Ordinal) && l.Contains($"mikoshi/user:{user}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("GET /api/levels answered 200", StringComparison.Ordinal) && l.Contains("mikoshi/mikoshi-read", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(token, StringComparison.Ordinal) || l.Contains(token.Split('.')[2], StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(wrongKey, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => TestKeys.Apps.Any(app => l.Contains(TestKeys.Plain($"{app}-read"), StringComparison.Ordinal)));
    }
}
