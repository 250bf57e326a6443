using System.Diagnostics.Metrics;

namespace Gamification.Runtime;

/// <summary>The runtime's metrics on meter <c>Gamification.Runtime</c>; docs/metrics.md lists each instrument.</summary>
internal sealed class RuntimeInstruments : IDisposable
{
    public const string MeterName = "Gamification.Runtime";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly UpDownCounter<long> _activations;
    private readonly Counter<long> _deactivations;
    private readonly Counter<long> _calls;
    private readonly Histogram<double> _callDuration;
    private readonly Counter<long> _callErrors;
    private readonly Histogram<int> _batchSize;
    private readonly Histogram<double> _batchDuration;
    private readonly Histogram<double> _writeDuration;
    private readonly Counter<long> _writeFailures;
    private readonly Counter<long> _reminderTicks;
    private readonly Counter<long> _reminderFailures;
    private readonly Histogram<int> _reminderBatchSize;
    private readonly Histogram<double> _reminderBatchDuration;

    public RuntimeInstruments(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _activations = _meter.CreateUpDownCounter<long>("gamification.runtime.activations", "{activation}", "Activations living on this silo.");
        _deactivations = _meter.CreateCounter<long>("gamification.runtime.deactivations", "{activation}", "Activations ended, by reason.");
        _calls = _meter.CreateCounter<long>("gamification.runtime.calls", "{call}", "Grain calls served, by grain type and method.");
        _callDuration = _meter.CreateHistogram<double>("gamification.runtime.call.duration", "s", "Time from a call's arrival to its result, waiting for the turn included.");
        _callErrors = _meter.CreateCounter<long>("gamification.runtime.call.errors", "{call}", "Grain calls that threw, by exception type.");
        _batchSize = _meter.CreateHistogram("gamification.runtime.storage.batch.size", "{write}", "Writes per group-commit transaction.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512] });
        _batchDuration = _meter.CreateHistogram<double>("gamification.runtime.storage.batch.duration", "s", "Time one group-commit transaction took.");
        _writeDuration = _meter.CreateHistogram<double>("gamification.runtime.storage.write.duration", "s", "Time from a state write's queueing to its batch's commit.");
        _writeFailures = _meter.CreateCounter<long>("gamification.runtime.storage.write.failures", "{write}", "State writes rejected or lost, by reason.");
        _reminderTicks = _meter.CreateCounter<long>("gamification.runtime.reminder.ticks", "{tick}", "Reminder ticks delivered.");
        _reminderFailures = _meter.CreateCounter<long>("gamification.runtime.reminder.failures", "{tick}", "Reminder ticks whose delivery threw; they are retried.");
        _reminderBatchSize = _meter.CreateHistogram("gamification.runtime.reminder.batch.size", "{change}", "Reminder registrations and removals per group-commit transaction.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512] });
        _reminderBatchDuration = _meter.CreateHistogram<double>("gamification.runtime.reminder.batch.duration", "s", "Time one reminder group-commit transaction took.");
    }

    public void Activated(GrainId grain) => _activations.Add(1, Type(grain));

    public void Deactivated(GrainId grain, DeactivationReason reason)
    {
        _activations.Add(-1, Type(grain));
        _deactivations.Add(1, Type(grain), new("reason", reason.ReasonCode.ToString()));
    }

    public void CallCompleted(GrainId grain, GrainMethod method, TimeSpan duration)
    {
        _calls.Add(1, Type(grain), Method(method));
        _callDuration.Record(duration.TotalSeconds, Type(grain), Method(method));
    }

    public void CallFailed(GrainId grain, GrainMethod method, Exception error) =>
        _callErrors.Add(1, Type(grain), Method(method), new("error.type", error.GetType().Name));

    public void BatchCommitted(int size, TimeSpan duration)
    {
        _batchSize.Record(size);
        _batchDuration.Record(duration.TotalSeconds);
    }

    public void WriteCompleted(TimeSpan duration) => _writeDuration.Record(duration.TotalSeconds);

    public void WritesFailed(int count, string reason) => _writeFailures.Add(count, new KeyValuePair<string, object?>("reason", reason));

    public void ReminderBatchCommitted(int size, TimeSpan duration)
    {
        _reminderBatchSize.Record(size);
        _reminderBatchDuration.Record(duration.TotalSeconds);
    }

    public void ReminderFired(GrainId grain) => _reminderTicks.Add(1, Type(grain));

    public void ReminderFailed(GrainId grain) => _reminderFailures.Add(1, Type(grain));

    public void Dispose()
    {
        // A meter from IMeterFactory belongs to the factory.
        if (_ownsMeter)
            _meter.Dispose();
    }

    private static KeyValuePair<string, object?> Type(GrainId grain) => new("grain.type", grain.Type);

    private static KeyValuePair<string, object?> Method(GrainMethod method) => new("grain.method", method.Name);
}
