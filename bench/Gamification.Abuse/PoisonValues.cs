namespace Gamification.Abuse;

/// <summary>The hostile values each kind of field is poisoned with, as raw JSON; none of them is acceptable.</summary>
public static class PoisonValues
{
    /// <summary>Wrong JSON types for an id (a whole number is an id; null is left out: optional fields take it).</summary>
    public static readonly IReadOnlyList<string> NotStrings = ["1.5", "-1", "1e3", "true", "false", "[]", "[\"a\"]", "{}", "{\"$ne\":null}"];

    /// <summary>Numbers out of range, of the wrong type, or not JSON numbers at all (0 is refused wherever a number is asked for).</summary>
    public static readonly IReadOnlyList<string> Numbers =
    [
        "1e400", "99999999999999999999999", "-9223372036854775809", "9223372036854775808", "2147483648", "-2147483649",
        "1.5", "0", "\"12\"", "\"\"", "true", "[]", "{}", "NaN", "Infinity", "-Infinity", "0x10", "1_000", "+5", ".5", "5.",
    ];

    /// <summary>Words no enumeration of the API holds.</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "\"\"", "\" \"", "\"completed; DROP TABLE grain_state\"", "\"Paid\\u0000\"", "\"live\\u202e\"", "\"\\ud800\"", "\"Administrator\"",
        "12", "true", "[]", "{}",
    ];

    /// <summary>What a number in a URL may not be: out of range, not whole, not a number (a leading + or quotes read as the number itself).</summary>
    public static readonly IReadOnlyList<string> UrlNumbers =
        ["1e400", "99999999999999999999999", "-9223372036854775809", "2147483648", "1.5", "0", "-1", "true", "NaN", "0x10", "1_000", "5abc", "%00"];

    public static IReadOnlyList<string> For(FieldKind kind) => kind switch
    {
        FieldKind.Id => [.. HostileIds.All.Select(id => id.Json), .. NotStrings],
        FieldKind.Number => Numbers,
        _ => Words,
    };
}
