using System.Diagnostics.Metrics;

namespace Gamification.Storage;

/// <summary>
/// The group commit's metrics (docs/metrics.md). Meter and instrument names are the home-made runtime's, so the
/// dashboard's listener and exported metrics read the same series after the port.
/// </summary>
internal sealed class GroupCommitInstruments : IDisposable
{
    public const string MeterName = "Gamification.Runtime";

    public const string BatchSizeInstrument = "gamification.runtime.storage.batch.size";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Histogram<int> _batchSize;
    private readonly Histogram<double> _batchDuration;
    private readonly Histogram<double> _writeDuration;
    private readonly Counter<long> _writeFailures;

    public GroupCommitInstruments(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _batchSize = _meter.CreateHistogram(BatchSizeInstrument, "{write}", "Writes per group-commit transaction.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512] });
        _batchDuration = _meter.CreateHistogram<double>("gamification.runtime.storage.batch.duration", "s", "Time one group-commit transaction took.");
        _writeDuration = _meter.CreateHistogram<double>("gamification.runtime.storage.write.duration", "s", "Time from a state write's queueing to its batch's commit.");
        _writeFailures = _meter.CreateCounter<long>("gamification.runtime.storage.write.failures", "{write}", "State writes rejected or lost, by reason.");
    }

    public void BatchCommitted(int size, TimeSpan duration)
    {
        _batchSize.Record(size);
        _batchDuration.Record(duration.TotalSeconds);
    }

    public void WriteCompleted(TimeSpan duration) => _writeDuration.Record(duration.TotalSeconds);

    public void WritesFailed(int count, string reason) => _writeFailures.Add(count, new KeyValuePair<string, object?>("reason", reason));

    public void Dispose()
    {
        // A meter from IMeterFactory belongs to the factory.
        if (_ownsMeter)
            _meter.Dispose();
    }
}
