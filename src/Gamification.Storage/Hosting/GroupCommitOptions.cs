namespace Gamification.Storage;

/// <summary>
/// How the storage provider's writer groups state writes into transactions (configuration section
/// <c>JournaledStorage:GroupCommit</c>); checked at start.
/// </summary>
public sealed class GroupCommitOptions
{
    /// <summary>The most writes one group-commit transaction carries.</summary>
    public int MaxBatchSize { get; set; } = 128;

    /// <summary>How many group-commit transactions the writer keeps in flight at once (1-16).</summary>
    public int Concurrency { get; set; } = 2;

    /// <summary>How long the writer waits for a batch to fill before sending it; zero sends as soon as a transaction slot is free.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.Zero;
}
