using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gamification.Gateway.Errors;

/// <summary>Which field a request that could not be bound got wrong, for the problem's <c>errors</c>.</summary>
internal static partial class BadRequestFields
{
    public static (string Field, string Message) Of(BadHttpRequestException exception, int maxBodyBytes) => exception switch
    {
        { StatusCode: StatusCodes.Status415UnsupportedMediaType } => ("Content-Type", "Content-Type must be application/json"),
        { StatusCode: StatusCodes.Status413PayloadTooLarge } => ("body", $"body must be at most {maxBodyBytes} bytes"),
        { InnerException: JsonException json } => FromJson(json),
        _ when BindFailure().Match(exception.Message) is { Success: true } m =>
            (m.Groups["name"].Value, $"{m.Groups["name"].Value} has an invalid value '{m.Groups["value"].Value}'"),
        _ when exception.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal) => ("body", "A JSON body is required"),
        _ when Missing().Match(exception.Message) is { Success: true } m => m.Groups["source"].Value == "body"
            ? ("body", "A JSON body is required")
            : (m.Groups["name"].Value, $"{m.Groups["name"].Value} is required"),
        _ => ("request", "The request could not be read"),
    };

    private static (string, string) FromJson(JsonException json)
    {
        var field = json.Path is null or "$" ? "body" : json.Path.TrimStart('$', '.');
        return field == "body"
            ? (field, "The body is not a valid JSON object")
            : (field, $"{field} is malformed or of the wrong type");
    }

    // RequestDelegateFactory's wording: Failed to bind parameter "long? before" from "abc".
    [GeneratedRegex("""^Failed to bind parameter "(?:[^"]* )?(?<name>[^" ]+)" from "(?<value>[^"]{0,64})""")]
    private static partial Regex BindFailure();

    // ...and: Required parameter "string user_id" was not provided from query string.
    [GeneratedRegex("""^Required parameter "(?:[^"]* )?(?<name>[^" ]+)" was not provided from (?<source>\w+)""")]
    private static partial Regex Missing();
}
