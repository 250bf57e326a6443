namespace Gamification.Gateway.Dashboard;

/// <summary><c>GET /dashboard/api/storage</c>: group commit over the last <see cref="StorageView.RateSeconds"/> seconds, and second by second.</summary>
internal sealed record StorageReply(
    double BatchesPerSecond,
    double WritesPerSecond,
    double MeanBatchSize,
    double CommitP50Ms,
    double CommitP99Ms,
    long WriteFailures,
    double ReminderTicksPerSecond,
    IReadOnlyList<StoragePoint> Series);

/// <summary>One second of group commits.</summary>
internal sealed record StoragePoint(DateTimeOffset At, long Batches, double MeanBatchSize, double CommitP99Ms);
