using System.Globalization;

namespace Gamification.Cli.Import;

/// <summary>
/// The line numbers the service acknowledged, appended to a small file next to the input, so that a
/// rerun skips them. It is only a shortcut: a row acknowledged but not yet recorded is sent again and
/// its idempotency key makes the service answer the original result.
/// </summary>
internal sealed class Checkpoint : IDisposable
{
    private readonly StreamWriter writer;
    private readonly Lock gate = new();

    private Checkpoint(StreamWriter writer, HashSet<long> done)
    {
        this.writer = writer;
        Done = done;
    }

    public IReadOnlySet<long> Done { get; }

    /// <summary>Opens the checkpoint of <paramref name="input"/> for <paramref name="app"/>; a checkpoint of another file or app starts over.</summary>
    public static Checkpoint Open(string path, FileInfo input, string app)
    {
        var fingerprint = $"{app} {input.Length} {input.LastWriteTimeUtc.Ticks}";
        var done = new HashSet<long>();
        if (File.Exists(path))
        {
            using var reader = new StreamReader(path);
            if (reader.ReadLine() == fingerprint)
            {
                while (reader.ReadLine() is { } line)
                {
                    if (long.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                        done.Add(number);
                }
            }
            else
                done.Clear();
        }
        var fresh = done.Count == 0;
        var writer = new StreamWriter(path, append: !fresh);
        if (fresh)
            writer.WriteLine(fingerprint);
        return new Checkpoint(writer, done);
    }

    public void Acknowledged(long line)
    {
        lock (gate)
            writer.WriteLine(line.ToString(CultureInfo.InvariantCulture));
    }

    public void Flush()
    {
        lock (gate)
            writer.Flush();
    }

    public void Dispose()
    {
        lock (gate)
            writer.Dispose();
    }
}
