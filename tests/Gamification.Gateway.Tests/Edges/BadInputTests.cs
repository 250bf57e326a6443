using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Edges;

/// <summary>Every bad request is a 4xx problem naming the field, never a 5xx, and changes nothing.</summary>
[Collection(SharedGateway.Name)]
public sealed class BadInputTests(GatewayFixture fixture)
{
    [Theory]
    [MemberData(nameof(BadInputCases.Names), MemberType = typeof(BadInputCases))]
    public async Task Bad_input_is_a_4xx_problem_naming_the_field_and_changes_nothing(string name)
    {
        var bad = BadInputCases.All[name];
        var user = Users.New();
        await fixture.Api.Gain("mikoshi", new { user_id = user, action = "create_scene" });
        var before = await fixture.Api.Progress("mikoshi", user);

        var reply = await fixture.Api.Send(bad.Method, bad.Path(user), Credential.All("mikoshi"), bad.Body(user), bad.Adjust);

        Assert.True((int)reply.Status == bad.Status, $"{name}: expected {bad.Status}, got {reply}");
        Assert.Equal("application/problem+json", reply.ContentType);
        Assert.Equal(bad.Status, (int?)reply.Json["status"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)reply.Json["detail"]), reply.ToString());
        Assert.True(reply.ErrorFields.Contains(bad.Field), $"{name}: {reply}");
        var after = await fixture.Api.Progress("mikoshi", user);
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }
}
