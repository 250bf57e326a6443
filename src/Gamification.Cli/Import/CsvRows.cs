namespace Gamification.Cli.Import;

/// <summary>CSV with a header line naming the columns; every row must have as many fields as the header.</summary>
internal sealed class CsvRows : IRowSource
{
    private List<string>? header;
    private long badHeaderLine;

    public RawFields? Fields(long line, string text, out RowRejection? error)
    {
        error = null;
        var values = CsvLine.Split(text);
        if (values is null)
        {
            error = new RowRejection(line, "a quoted field is not closed");
            return null;
        }
        if (badHeaderLine > 0)
        {
            error = new RowRejection(line, $"not read: the header on line {badHeaderLine} is not valid");
            return null;
        }
        if (header is null)
        {
            header = [.. values.Select(v => v.Trim())];
            var unknown = header.Where(h => !ImportColumns.All.Contains(h)).ToList();
            if (unknown.Count > 0 || !header.Contains(ImportColumns.UserId))
            {
                error = new RowRejection(line, $"header must name user_id and only known columns ({string.Join(", ", ImportColumns.All)}); unknown: {string.Join(", ", unknown)}");
                header = null;
                badHeaderLine = line;
            }
            return null;
        }
        if (values.Count != header.Count)
        {
            error = new RowRejection(line, $"{values.Count} fields, but the header has {header.Count} columns");
            return null;
        }
        var fields = new RawFields();
        for (var i = 0; i < header.Count; i++)
            fields[header[i]] = values[i];
        return fields;
    }
}
