using Gamification.Contracts.Rulesets;
using Gamification.Gateway.Errors;

namespace Gamification.Gateway.Endpoints.Rules;

/// <summary>Refused rule edits as RFC 7807 problems, each error under the JSON path of its field.</summary>
internal static class RulesetProblems
{
    public static IResult Invalid(IReadOnlyList<RulesetFieldError> errors)
    {
        var fields = errors.GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        var detail = $"The edit would make the ruleset invalid: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}"))}";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = fields });
    }

    public static IResult Stale(int current) =>
        Problems.Of(StatusCodes.Status412PreconditionFailed, $"The ruleset is at version {current}; read it again and repeat the edit against that version", "If-Match");
}
