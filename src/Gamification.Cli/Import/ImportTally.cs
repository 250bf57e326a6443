using System.Collections.Concurrent;

namespace Gamification.Cli.Import;

/// <summary>Running counts of an import, shared by its lanes.</summary>
internal sealed class ImportTally
{
    private long acknowledged;
    private long failed;

    public long Acknowledged => Interlocked.Read(ref acknowledged);

    public long Failed => Interlocked.Read(ref failed);

    public long Done => Acknowledged + Failed + Rejections.Count;

    public ConcurrentBag<RowRejection> Rejections { get; } = [];

    public ConcurrentBag<ImportRow> Deferred { get; } = [];

    public void Record(ImportRow row, RowOutcome outcome, string? reason, Checkpoint checkpoint, bool lastChance)
    {
        switch (outcome)
        {
            case RowOutcome.Acknowledged:
                checkpoint.Acknowledged(row.Line);
                Interlocked.Increment(ref acknowledged);
                break;
            case RowOutcome.TargetNotYetKnown when !lastChance:
                Deferred.Add(row);
                break;
            case RowOutcome.Failed:
                Interlocked.Increment(ref failed);
                Rejections.Add(new RowRejection(row.Line, $"no answer, rerun to retry ({reason})"));
                break;
            default:
                Rejections.Add(new RowRejection(row.Line, reason ?? "refused"));
                break;
        }
    }
}
