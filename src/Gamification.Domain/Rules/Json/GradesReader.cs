namespace Gamification.Domain.Rules.Json;

/// <summary>Reads <c>$.grades</c> and orders them highest first.</summary>
internal static class GradesReader
{
    public static IReadOnlyList<GradeRule> Read(List<GradeDocument>? grades, ErrorList errors)
    {
        var result = new List<GradeRule>();
        for (var i = 0; i < (grades?.Count ?? 0); i++)
        {
            var path = $"$.grades[{i}]";
            var grade = grades![i];
            var name = errors.Required(grade.Name, $"{path}.name");
            var minXp = errors.Required(grade.MinXp, $"{path}.min_xp");
            errors.AtLeast(minXp, 0, $"{path}.min_xp");
            if (name is not null && result.Exists(g => g.Name == name))
                errors.Add($"{path}.name", $"'{name}' is used by another grade");
            GradeAccess? access = grade.UserType switch
            {
                "All" => GradeAccess.All,
                "Free" => GradeAccess.Free,
                "Paid" => GradeAccess.Paid,
                _ => null,
            };
            if (access is null)
                errors.Add($"{path}.user_type", $"must be one of All, Free, Paid (is '{grade.UserType}')");
            if (name is not null && minXp is >= 0 && access is { } a)
                result.Add(new GradeRule(name, minXp.Value, a, grade.AnimationAssetUrl));
        }
        return [.. result.OrderByDescending(g => g.MinXp)];
    }
}
