namespace Gamification.Storage.Tests;

/// <summary>What Orleans's state bridge hands a storage provider, with a state that is never null.</summary>
public sealed class TestGrainState<T>(T state, string? etag = null) : IGrainState<T> where T : class, new()
{
    public TestGrainState()
        : this(new T())
    {
    }

    public T State { get; set; } = state;

    public string? ETag { get; set; } = etag;

    public bool RecordExists { get; set; }

    T? IGrainState<T>.State
    {
        get => State;
        set => State = value ?? new T();
    }
}
