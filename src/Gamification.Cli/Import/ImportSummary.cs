using Spectre.Console;

namespace Gamification.Cli.Import;

/// <summary>The end of an import: counts, the first rejected rows on screen, all of them in a file next to the input.</summary>
internal static class ImportSummary
{
    private const int Shown = 20;

    public static void Write(IAnsiConsole console, ImportSettings settings, long acknowledged, long skipped, IReadOnlyList<RowRejection> rejections)
    {
        console.WriteLine($"acknowledged: {acknowledged}, skipped (acknowledged before): {skipped}, rejected: {rejections.Count}");
        if (rejections.Count == 0)
            return;
        var table = new Table().AddColumns("line", "reason");
        foreach (var rejection in rejections.Take(Shown))
            table.AddRow(rejection.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(rejection.Reason));
        console.Write(table);
        var path = settings.File.FullName + ".rejected.txt";
        File.WriteAllLines(path, rejections.Select(r => $"{r.Line}\t{r.Reason}"));
        if (rejections.Count > Shown)
            console.WriteLine($"... and {rejections.Count - Shown} more.");
        console.WriteLine($"Every rejected row: {path}");
    }
}
