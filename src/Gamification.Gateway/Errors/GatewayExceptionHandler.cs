using Gamification.Contracts;
using Gamification.Contracts.Wallets;
using Gamification.Gateway.Configuration;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Gamification.Gateway.Errors;

/// <summary>
/// Exceptions as problems: bad input is 400 naming the field, an app that is not configured 404, a
/// slow cluster 503, anything else 500 without internals.
/// </summary>
internal sealed partial class GatewayExceptionHandler(
    IProblemDetailsService problems, IOptions<GatewayOptions> options, ILogger<GatewayExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The caller went away: nobody reads the answer.
            httpContext.Response.StatusCode = 499;
            return true;
        }
        var problem = Describe(exception);
        var failure = exception.GetType().Name;
        if (problem.Status >= StatusCodes.Status500InternalServerError)
            LogFailure(exception, problem.Status.Value, failure);
        else
            LogRefused(problem.Status!.Value, failure);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
            httpContext.Response.Headers[HeaderNames.RetryAfter] = "1";
        httpContext.Response.StatusCode = problem.Status!.Value;
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
        return true;
    }

    private ProblemDetails Describe(Exception exception) => exception switch
    {
        BadHttpRequestException bad => Field(bad.StatusCode, BadRequestFields.Of(bad, options.Value.MaxRequestBodyBytes)),
        ArgumentException argument => Field(StatusCodes.Status400BadRequest, (argument.ParamName ?? "request", MessageOf(argument))),
        TokensNotConfiguredException => new ProblemDetails { Status = StatusCodes.Status404NotFound, Detail = "The app of this credential has no token economy" },
        UnknownAppException => new ProblemDetails { Status = StatusCodes.Status404NotFound, Detail = "The app of this credential is not configured on this cluster" },
        // The client's retries ran out on a silo or storage that stayed away: nothing committed that a retry
        // with the same key would apply twice, so the caller may send it again.
        StorageUnavailableException or Orleans.Storage.InconsistentStateException or Orleans.Runtime.SiloUnavailableException
            or Orleans.Runtime.OrleansMessageRejectionException or Orleans.Runtime.GatewayTooBusyException or Orleans.Runtime.Messaging.ConnectionFailedException
            or System.Data.Common.DbException { IsTransient: true } => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Detail = "The service is briefly unavailable (a silo or its storage is away); retry with the same idempotency key",
        },
        TimeoutException or OperationCanceledException => new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Detail = "The service did not answer in time; retry shortly" },
        _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Detail = "An unexpected error occurred" },
    };

    private static HttpValidationProblemDetails Field(int status, (string Field, string Message) error) =>
        new(new Dictionary<string, string[]> { [error.Field] = [error.Message] }) { Status = status, Detail = error.Message };

    // ArgumentException appends " (Parameter 'x')" to its message; the field is named in errors already.
    private static string MessageOf(ArgumentException argument) =>
        argument.ParamName is { } name ? argument.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : argument.Message;

    [LoggerMessage(Level = LogLevel.Error, Message = "Request failed with {StatusCode} ({ExceptionType})")]
    private partial void LogFailure(Exception exception, int statusCode, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Request refused with {StatusCode} ({ExceptionType})")]
    private partial void LogRefused(int statusCode, string exceptionType);
}
