using System.Collections.Concurrent;
using Gamification.Runtime;

namespace Gamification.Cluster.Tests;

/// <summary>The reminder ticks one silo delivered.</summary>
public sealed class TickLog
{
    public ConcurrentQueue<(string Grain, TickStatus Status)> Ticks { get; } = new();

    public void Record(string grain, TickStatus status) => Ticks.Enqueue((grain, status));
}
