namespace Gamification.Cli.Import;

/// <summary>An import file read whole: its valid rows in time order and every rejected row with its reason.</summary>
internal sealed record ImportFile(IReadOnlyList<ImportRow> Rows, IReadOnlyList<RowRejection> Rejections)
{
    public static ImportFile Read(FileInfo file, IReadOnlySet<string> knownActions)
    {
        var parser = new RowParser(knownActions);
        var rows = new List<ImportRow>();
        var rejections = new List<RowRejection>();
        using var reader = new StreamReader(file.FullName);
        var lines = new BoundedLineReader(reader);
        IRowSource source = file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? new CsvRows() : new JsonLineRows();
        while (lines.TryRead(out var text))
        {
            if (text is null)
            {
                rejections.Add(new RowRejection(lines.LineNumber, $"line longer than {BoundedLineReader.MaxLength} characters"));
                continue;
            }
            if (string.IsNullOrWhiteSpace(text))
                continue;
            var fields = source.Fields(lines.LineNumber, text, out var error);
            if (error is not null)
                rejections.Add(error);
            else if (fields is not null)
            {
                var parsed = parser.Parse(lines.LineNumber, fields);
                if (parsed is ImportRow row)
                    rows.Add(row);
                else
                    rejections.Add((RowRejection)parsed);
            }
        }
        rows.Sort((a, b) => a.OccurredAt != b.OccurredAt ? a.OccurredAt.CompareTo(b.OccurredAt) : a.Line.CompareTo(b.Line));
        return new ImportFile(rows, rejections);
    }

    public static bool IsSupported(FileInfo file) =>
        file.Extension.ToUpperInvariant() is ".CSV" or ".JSONL" or ".NDJSON";
}
