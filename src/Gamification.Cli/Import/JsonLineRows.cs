using System.Globalization;
using System.Text.Json;

namespace Gamification.Cli.Import;

/// <summary>JSON Lines: one object per line whose properties are the columns (strings, numbers or null).</summary>
internal sealed class JsonLineRows : IRowSource
{
    public RawFields? Fields(long line, string text, out RowRejection? error)
    {
        error = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = new RowRejection(line, "must be a JSON object");
                return null;
            }
            var fields = new RawFields();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        fields[property.Name] = property.Value.GetString();
                        break;
                    case JsonValueKind.Number:
                        fields[property.Name] = property.Value.GetRawText();
                        break;
                    case JsonValueKind.Null:
                        fields[property.Name] = null;
                        break;
                    default:
                        error = new RowRejection(line, $"{property.Name} must be a string or a number (is {property.Value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture)})");
                        return null;
                }
            }
            return fields;
        }
        catch (JsonException e)
        {
            error = new RowRejection(line, $"not valid JSON ({e.Message.Split('.')[0]})");
            return null;
        }
    }
}
