namespace Gamification.Faults;

/// <summary>One fault: what it does to the stage, and the load it runs under.</summary>
/// <param name="Name">A short name for the command line and the table, for example <c>kill-silo</c>.</param>
/// <param name="Fault">What happens, in words, for the table.</param>
/// <param name="InjectAsync">Brings the fault on under the load and returns once it is over (the silo dead, the server back), with what it measured.</param>
public sealed record FaultScenario(string Name, string Fault, Func<FaultStage, FaultLoad, Task<FaultReport>> InjectAsync)
{
    /// <summary>A fault that measures nothing of its own.</summary>
    public FaultScenario(string name, string fault, Func<FaultStage, Task> inject)
        : this(name, fault, async (stage, _) =>
        {
            await inject(stage);
            return FaultReport.None;
        })
    {
    }

    /// <summary>How long one event is retried before the load gives up on it (and retries it after the run).</summary>
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Events answered before the fault comes (a cold cluster on a busy machine is slow to start).</summary>
    public int Warmup { get; init; } = 500;

    /// <summary>Load after the fault is over, to see the cluster recover under it.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(15);

    public int Concurrency { get; init; } = 32;

    /// <summary>Runs every process on a wall clock the scenario moves (<see cref="FaultStage.Clock"/>).</summary>
    public bool MovesClock { get; init; }

    /// <summary>Starts every process's wall clock this long before a UTC midnight, so that the scenario crosses it without a jump.</summary>
    public TimeSpan? StartsBeforeMidnight { get; init; }

    /// <summary>Runs on a PostgreSQL server of its own (it restarts it), not on the shared test server.</summary>
    public bool OwnsPostgres { get; init; }
}
