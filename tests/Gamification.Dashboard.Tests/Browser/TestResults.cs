namespace Gamification.Dashboard.Tests.Browser;

/// <summary>Where scripts/test.sh collects results: artifacts/test-results at the repository root.</summary>
internal static class TestResults
{
    public static string Folder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Gamification.sln")))
            folder = folder.Parent;
        var results = System.IO.Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "artifacts", "test-results");
        Directory.CreateDirectory(results);
        return results;
    }
}
