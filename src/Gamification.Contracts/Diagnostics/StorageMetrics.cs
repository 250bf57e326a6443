namespace Gamification.Contracts.Diagnostics;

/// <summary>
/// Storage across the cluster over the last <see cref="MetricsWindow.RateSeconds"/> seconds: the journaled store's
/// group commits (batches, the writes in them, commit latency, failures), Orleans's state reads, and reminder ticks.
/// </summary>
[GenerateSerializer, Alias("gamification.storage-metrics")]
public sealed record StorageMetrics(
    [property: Id(0)] double BatchesPerSecond,
    [property: Id(1)] double WritesPerSecond,
    [property: Id(2)] double MeanBatchSize,
    [property: Id(3)] double CommitP50Ms,
    [property: Id(4)] double CommitP99Ms,
    [property: Id(5)] long WriteFailures,
    [property: Id(6)] double ReadsPerSecond,
    [property: Id(7)] double ReadP99Ms,
    [property: Id(8)] double ReminderTicksPerSecond,
    [property: Id(9)] IReadOnlyList<StoragePoint> Series);

/// <summary>One second of group commits.</summary>
[GenerateSerializer, Immutable, Alias("gamification.storage-point")]
public sealed record StoragePoint(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] long Batches,
    [property: Id(2)] double MeanBatchSize,
    [property: Id(3)] double CommitP99Ms);
