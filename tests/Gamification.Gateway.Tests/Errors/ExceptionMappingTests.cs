using System.Text.Json.Nodes;
using Gamification.Contracts;
using Gamification.Gateway.Configuration;
using Gamification.Gateway.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gamification.Gateway.Tests.Errors;

/// <summary>What the client can throw becomes a problem: bad input 400 naming it, the cluster away 503, the rest 500 without internals.</summary>
public sealed class ExceptionMappingTests
{
    public static TheoryData<string> Cases() => [.. Exceptions.Keys];

    private static readonly Dictionary<string, (Exception Exception, int Status, string? Field)> Exceptions = new()
    {
        ["argument"] = (new ArgumentException("user_id must be 1-128 characters", "user_id"), 400, "user_id"),
        ["unknown_app"] = (new UnknownAppException("atlantis"), 404, null),
        ["timeout"] = (new TimeoutException("call to grain user/x timed out"), 503, null),
        ["cancelled_by_the_client_library"] = (new OperationCanceledException(), 503, null),
        ["storage_unavailable_after_the_client_retries"] = (new StorageUnavailableException(
            Orleans.Runtime.GrainId.Create("user-progress", "storybook/u1"), "its state write did not commit"), 503, null),
        ["inconsistent_state_after_the_client_retries"] = (new Orleans.Storage.InconsistentStateException("ETag mismatch", "7", "8"), 503, null),
        ["silo_lost_during_the_call"] = (new Orleans.Runtime.SiloUnavailableException("silo S127.0.0.1:11111 is dead"), 503, null),
        ["storage_away_in_a_silo_hosting_the_gateway"] = (new Npgsql.NpgsqlException("Exception while reading from stream", new IOException("Connection reset by peer")), 503, null),
        ["storage_refusing_a_bad_statement"] = (new Npgsql.PostgresException("syntax error at Grain.cs:42", "ERROR", "ERROR", "42601"), 500, null),
        ["too_large"] = (new BadHttpRequestException("Request body too large", 413), 413, "body"),
        ["anything_else"] = (new InvalidOperationException("connection string Password=hunter2 at Grain.cs:42"), 500, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Exceptions_become_problems_with_their_status_and_no_internals(string name)
    {
        var (exception, status, field) = Exceptions[name];
        var context = Context();

        var handled = await Handler().TryHandleAsync(context, exception, CancellationToken.None);

        context.Response.Body.Position = 0;
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        var body = JsonNode.Parse(text)!;
        Assert.True(handled);
        Assert.Equal(status, context.Response.StatusCode);
        Assert.Equal(status, (int?)body["status"]);
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
        if (field is not null)
            Assert.NotNull(body["errors"]?[field]);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Grain.cs", text, StringComparison.Ordinal);
        if (status == 503)
            Assert.Equal("1", context.Response.Headers.RetryAfter.ToString());
    }

    private static GatewayExceptionHandler Handler()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        return new GatewayExceptionHandler(
            services.GetRequiredService<IProblemDetailsService>(), Options.Create(new GatewayOptions()), NullLogger<GatewayExceptionHandler>.Instance);
    }

    private static DefaultHttpContext Context() => new()
    {
        RequestServices = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider(),
        Response = { Body = new MemoryStream() },
    };
}
