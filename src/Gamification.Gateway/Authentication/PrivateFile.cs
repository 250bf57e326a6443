namespace Gamification.Gateway.Authentication;

/// <summary>Files only the service's user may read (mode 0600), for keys and their hashes.</summary>
internal static class PrivateFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Append(string path, string text) => Write(path, text, FileMode.Append);

    /// <summary>Writes beside the file and moves over it, so a crash never leaves half a key file.</summary>
    public static void Replace(string path, string text)
    {
        // A name of its own: two silos starting in one folder (tests do) must not move each other's half-written file.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        Write(temporary, text, FileMode.Create);
        File.Move(temporary, path, overwrite: true);
    }

    private static void Write(string path, string text, FileMode mode)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnly;
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(text);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, OwnerOnly);
    }
}
