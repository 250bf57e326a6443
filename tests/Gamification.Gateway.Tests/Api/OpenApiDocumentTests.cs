using System.Net;
using System.Text.Json.Nodes;
using Gamification.Gateway.Http;
using Gamification.Gateway.Tests.Fixtures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gamification.Gateway.Tests.Api;

/// <summary>The OpenAPI document lists every gateway endpoint with its request, response and problem schemas.</summary>
[Collection(SharedGateway.Name)]
public sealed class OpenApiDocumentTests(GatewayFixture fixture)
{
    [Fact]
    public async Task Every_gateway_endpoint_is_described_with_its_schemas_and_problems()
    {
        var document = (await fixture.Api.Get("/openapi/v1.json", Credential.None)).Json;
        var endpoints = GatewayEndpoints().ToList();

        // Every feature adds endpoints; what is pinned is that each of them is described, and that there are some.
        Assert.True(endpoints.Count >= 20, $"only {endpoints.Count} gateway endpoints were found");
        foreach (var (method, path) in endpoints)
        {
            var operation = document["paths"]?[path]?[method.ToLowerInvariant()];
            Assert.True(operation is not null, $"{method} {path} is missing from the document");
            var success = operation["responses"]!.AsObject().First(r => r.Key.StartsWith('2')).Value!;
            Assert.True(success["content"]?["application/json"]?["schema"] is not null, $"{method} {path} has no response schema");
            Assert.True(operation["responses"]!["400"]?["content"]?["application/problem+json"] is not null, $"{method} {path} has no 400 problem");
            Assert.True(operation["responses"]!["401"]?["content"]?["application/problem+json"] is not null, $"{method} {path} has no 401 problem");
            if (method is "POST" or "PUT")
                Assert.True(operation["requestBody"]?["content"]?["application/json"]?["schema"] is not null, $"{method} {path} has no request schema");
        }
    }

    [Fact]
    public async Task The_gain_request_and_answer_are_described_in_snake_case()
    {
        var document = (await fixture.Api.Get("/openapi/v1.json", Credential.None)).Json;

        var schemas = document["components"]!["schemas"]!.AsObject();
        Assert.True(schemas["GainRequest"]!["properties"]!.AsObject().ContainsKey("idempotency_key"));
        Assert.True(schemas["AwardResult"]!["properties"]!.AsObject().ContainsKey("exp_added"));
        Assert.True(document["components"]!["securitySchemes"]!.AsObject().ContainsKey("ApiKey"));
    }

    [Fact]
    public async Task Swagger_ui_is_served_at_swagger()
    {
        var reply = await fixture.Api.Send(HttpMethod.Get, "/swagger/index.html", Credential.None, content: null);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("text/html", reply.ContentType);
    }

    private IEnumerable<(string Method, string Path)> GatewayEndpoints() =>
        fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<GatewayEndpoint>() is not null)
            // The dashboard (docs/dashboard.md) is an operator's page, left out of the API's document on purpose.
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))));
}
