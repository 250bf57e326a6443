using Gamification.Contracts;

namespace Gamification.Gateway.Validation;

/// <summary>What is wrong with a request, by field as the caller spells it (<c>user_id</c>).</summary>
internal sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
            errors[field] = messages = [];
        messages.Add(message);
    }

    public void Required(object? value, string field)
    {
        if (value is null)
            Add(field, $"{field} is required");
    }

    public void Id(string? value, string field, bool required = true)
    {
        if (value is null)
        {
            if (required)
                Add(field, $"{field} is required");
        }
        else if (!Ids.IsValid(value))
        {
            Add(field, $"{field} {Ids.Rule}");
        }
    }

    public void Text(string? value, string field, int maxLength, bool required = true)
    {
        if (value is null || value.Trim().Length == 0)
        {
            if (required || value is not null)
                Add(field, $"{field} is required");
        }
        else if (value.Length > maxLength || value.Any(char.IsControl))
        {
            Add(field, $"{field} must be at most {maxLength} characters, without control characters");
        }
    }

    public void Range(long? value, string field, long min, long max)
    {
        if (value is { } v && (v < min || v > max))
            Add(field, $"{field} must be between {min} and {max}");
    }

    public void OneOf(string? value, string field, params string[] allowed)
    {
        if (value is null)
            Add(field, $"{field} is required");
        else if (!allowed.Contains(value, StringComparer.Ordinal))
            Add(field, $"{field} must be one of {string.Join(", ", allowed)}");
    }

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public string Detail => string.Join("; ", errors.Values.SelectMany(m => m));
}
