namespace Gamification.Domain.Rules.Json;

/// <summary>Collects ruleset errors under JSON paths while a document is checked.</summary>
internal sealed class ErrorList
{
    private readonly List<RulesetError> errors = [];

    public IReadOnlyList<RulesetError> All => errors;

    public bool Any => errors.Count > 0;

    public void Add(string path, string reason) => errors.Add(new RulesetError(path, reason));

    /// <summary>The value if present, otherwise an error "is required" at the path.</summary>
    public T? Required<T>(T? value, string path) where T : struct
    {
        if (value is null)
            Add(path, "is required");
        return value;
    }

    public string? Required(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
            Add(path, "is required");
        return value;
    }

    public void AtLeast(long? value, long min, string path)
    {
        if (value < min)
            Add(path, $"must be at least {min} (is {value})");
    }

    /// <summary>An error at <c>at[i]</c> for each name that is not an action of <paramref name="actions"/>.</summary>
    public void KnownActions(IReadOnlyList<string>? names, IReadOnlyDictionary<string, ActionRule> actions, string at)
    {
        for (var i = 0; i < (names?.Count ?? 0); i++)
        {
            if (!actions.ContainsKey(names![i]))
                Add($"{at}[{i}]", $"names no action of the catalog ('{names[i]}')");
        }
    }

    public static string Member(string parent, string name) =>
        IsPlain(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static bool IsPlain(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
