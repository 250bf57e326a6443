using Gamification.Gateway.Validation;

namespace Gamification.Gateway.Errors;

/// <summary>RFC 7807 answers; a field the problem is about is named in <c>errors</c>, as for validation.</summary>
internal static class Problems
{
    public static IResult Validation(RequestErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), detail: errors.Detail);

    public static IResult Validation(string field, string message)
    {
        var errors = new RequestErrors();
        errors.Add(field, message);
        return Validation(errors);
    }

    public static IResult Forbidden(string field, string detail) => Of(StatusCodes.Status403Forbidden, detail, field);

    public static IResult NotFound(string field, string detail) => Of(StatusCodes.Status404NotFound, detail, field);

    public static IResult Conflict(string field, string detail) => Of(StatusCodes.Status409Conflict, detail, field);

    public static IResult Unprocessable(string field, string detail, IEnumerable<string>? messages = null) =>
        Of(StatusCodes.Status422UnprocessableEntity, detail, field, messages);

    public static IResult Of(int status, string detail, string? field = null, IEnumerable<string>? messages = null, string? reason = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (reason is not null)
            extensions["reason"] = reason;
        if (field is not null)
            extensions["errors"] = new Dictionary<string, string[]> { [field] = [.. messages ?? [detail]] };
        return TypedResults.Problem(detail, statusCode: status, extensions: extensions);
    }
}
