namespace Gamification.Cli.Import;

/// <summary>A row's fields by column name, as text, before validation (from CSV or JSON Lines alike).</summary>
internal sealed class RawFields : Dictionary<string, string?>
{
    public RawFields()
        : base(StringComparer.Ordinal)
    {
    }

    public string? Text(string name) => TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
