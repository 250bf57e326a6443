namespace Gamification.Cluster.Tests;

public sealed class TallyState
{
    public int Count { get; set; }

    public int Ticks { get; set; }
}
