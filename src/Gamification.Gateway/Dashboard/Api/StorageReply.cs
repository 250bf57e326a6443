namespace Gamification.Gateway.Dashboard;

/// <summary>
/// <c>GET /dashboard/api/storage</c>: the journaled store's group commits, Orleans's state reads and reminder
/// ticks over the last ten seconds across the cluster, and group commits second by second.
/// </summary>
internal sealed record StorageReply(
    double BatchesPerSecond,
    double WritesPerSecond,
    double MeanBatchSize,
    double CommitP50Ms,
    double CommitP99Ms,
    long WriteFailures,
    double ReadsPerSecond,
    double ReadP99Ms,
    double ReminderTicksPerSecond,
    IReadOnlyList<StoragePoint> Series);

/// <summary>One second of group commits.</summary>
internal sealed record StoragePoint(DateTimeOffset At, long Batches, double MeanBatchSize, double CommitP99Ms);
