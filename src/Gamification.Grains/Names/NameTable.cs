using System.Collections.Concurrent;
using System.Text.Json;

namespace Gamification.Grains.Names;

/// <summary>
/// One copy of each short name read from stored state (actions, badges, paths, leaderboard windows),
/// so the states of thousands of active users share it instead of each holding their own.
/// </summary>
/// <remarks>
/// Bounded: once it holds <c>capacity</c> names it starts over, since by then most are names no state
/// uses any more (past days' windows). States keep the copies they have; only sharing restarts.
/// </remarks>
internal sealed class NameTable
{
    /// <summary>Names longer than this are not shared: they are rarely names.</summary>
    public const int MaxLength = 64;

    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private int _count;

    public NameTable(int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
        _byChars = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The names shared by all grain state this process reads.</summary>
    public static NameTable Shared { get; } = new();

    /// <summary>The shared copy of <paramref name="name"/>, made now if it has none.</summary>
    public string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxLength)
            return name.ToString();
        if (_byChars.TryGetValue(name, out var shared))
            return shared;
        if (Interlocked.Increment(ref _count) > _capacity)
        {
            _names.Clear();
            Volatile.Write(ref _count, 1);
        }
        var copy = name.ToString();
        return _names.GetOrAdd(copy, copy);
    }

    /// <summary>The shared copy of the string or property name <paramref name="reader"/> is on, found without allocating when there is one.</summary>
    public string Read(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxLength)
            return reader.GetString()!;
        // UTF-8, escaped or not, never takes fewer bytes than the characters it decodes to.
        Span<char> name = stackalloc char[MaxLength];
        return Get(name[..reader.CopyString(name)]);
    }
}
