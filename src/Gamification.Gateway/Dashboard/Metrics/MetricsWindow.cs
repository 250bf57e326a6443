namespace Gamification.Gateway.Dashboard;

/// <summary>
/// The last ten minutes of runtime metrics in per-second slots (a ring), plus live activation counts
/// per grain type. Writers are the meter listener's callbacks: per-call figures go lock-free into
/// <see cref="Current"/> (the lock is taken once a second, to empty the slot the ring comes round to);
/// readers take snapshots under the lock.
/// </summary>
internal sealed class MetricsWindow(TimeProvider clock)
{
    public const int Seconds = 600;

    private readonly Lock _lock = new();
    private readonly MetricsSecond[] _ring = [.. Enumerable.Range(0, Seconds).Select(_ => new MetricsSecond())];
    private readonly Dictionary<string, long> _activations = new(StringComparer.Ordinal);

    public void Record(Action<MetricsSecond> change)
    {
        lock (_lock)
            change(Slot(Now()));
    }

    /// <summary>This second's slot, for the lock-free adds of <see cref="MetricsSecond"/>.</summary>
    public MetricsSecond Current()
    {
        var second = Now();
        var slot = _ring[Index(second)];
        if (slot.Second == second)
            return slot;
        lock (_lock)
            return Slot(second);
    }

    public void ActivationsChanged(string grainType, long delta)
    {
        lock (_lock)
            _activations[grainType] = Math.Max(0, _activations.GetValueOrDefault(grainType) + delta);
    }

    public IReadOnlyDictionary<string, long> Activations()
    {
        lock (_lock)
            return new Dictionary<string, long>(_activations, StringComparer.Ordinal);
    }

    /// <summary>Reads the last <paramref name="seconds"/> seconds (the current one included), oldest first; empty seconds are passed as empty slots.</summary>
    public T Read<T>(int seconds, Func<long, IReadOnlyList<MetricsSecond>, T> read)
    {
        var now = Now();
        var empty = new MetricsSecond();
        lock (_lock)
        {
            var slots = new MetricsSecond[seconds];
            for (var i = 0; i < seconds; i++)
            {
                var second = now - seconds + 1 + i;
                var slot = _ring[Index(second)];
                slots[i] = slot.Second == second ? slot : empty;
            }
            return read(now, slots);
        }
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeSeconds();

    private MetricsSecond Slot(long second)
    {
        var slot = _ring[Index(second)];
        if (slot.Second != second)
            slot.Reuse(second);
        return slot;
    }

    private static int Index(long second) => (int)(((second % Seconds) + Seconds) % Seconds);
}
