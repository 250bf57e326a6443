using System.Collections.Concurrent;
using Gamification.Runtime;

namespace Gamification.Runtime.Tests;

/// <summary>What test grains saw from inside their turns; grains get it through their constructor.</summary>
public sealed class TurnProbe
{
    private int _writers;
    private int _readers;
    private int _overlaps;

    /// <summary>Turns that found another turn running that must not have been: a writer with anyone, a reader with a writer.</summary>
    public int Overlaps => Volatile.Read(ref _overlaps);

    public int ReadersInside => Volatile.Read(ref _readers);

    public int WritesStarted => _entries.Count(e => e == "write");

    public IReadOnlyList<string> Entries => [.. _entries];

    public TaskCompletionSource ReadsReleased { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<GrainId> Activations { get; } = new();

    public ConcurrentQueue<(GrainId Grain, DeactivationReason Reason)> Deactivations { get; } = new();

    public ConcurrentQueue<(GrainId Grain, string Name, TickStatus Status)> Ticks { get; } = new();

    private readonly ConcurrentQueue<string> _entries = new();

    public Scope EnterWrite()
    {
        if (Interlocked.Increment(ref _writers) != 1 || ReadersInside != 0)
            Interlocked.Increment(ref _overlaps);
        _entries.Enqueue("write");
        return new Scope(() => Interlocked.Decrement(ref _writers));
    }

    public Scope EnterRead()
    {
        Interlocked.Increment(ref _readers);
        if (Volatile.Read(ref _writers) != 0)
            Interlocked.Increment(ref _overlaps);
        _entries.Enqueue("read");
        return new Scope(() => Interlocked.Decrement(ref _readers));
    }

    public readonly struct Scope(Action exit) : IDisposable
    {
        public void Dispose() => exit();
    }
}
