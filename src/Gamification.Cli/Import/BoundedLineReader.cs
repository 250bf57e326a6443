using System.Text;

namespace Gamification.Cli.Import;

/// <summary>Reads lines of at most <see cref="MaxLength"/> characters; a longer line is skipped, not held in memory.</summary>
internal sealed class BoundedLineReader(TextReader reader)
{
    public const int MaxLength = 64 * 1024;
    private readonly StringBuilder line = new();

    public long LineNumber { get; private set; }

    /// <summary>The next line (null text when it was too long), or false at the end of the file.</summary>
    public bool TryRead(out string? text)
    {
        line.Clear();
        var tooLong = false;
        int c;
        while ((c = reader.Read()) >= 0 && c != '\n')
        {
            if (line.Length >= MaxLength)
                tooLong = true;
            else
                line.Append((char)c);
        }
        if (c < 0 && line.Length == 0 && !tooLong)
        {
            text = null;
            return false;
        }
        LineNumber++;
        if (line.Length > 0 && line[^1] == '\r')
            line.Length--;
        text = tooLong ? null : line.ToString();
        return true;
    }
}
