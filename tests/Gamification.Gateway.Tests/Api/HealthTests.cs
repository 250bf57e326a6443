using System.Net;
using Gamification.Gateway.Tests.Fixtures;

namespace Gamification.Gateway.Tests.Api;

/// <summary>Liveness and readiness answer without credentials.</summary>
[Collection(SharedGateway.Name)]
public sealed class HealthTests(GatewayFixture fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_without_credentials(string path)
    {
        var reply = await fixture.Api.Send(HttpMethod.Get, path, Credential.None, content: null);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("Healthy", await reply.Response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_problem()
    {
        var reply = await fixture.Api.Get("/api/nothing-here", Credential.All("mikoshi"));

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("application/problem+json", reply.ContentType);
    }
}
