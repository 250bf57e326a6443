using System.Diagnostics.Metrics;

namespace Gamification.Grains.Diagnostics;

/// <summary>
/// Feeds <see cref="SiloMetrics"/> from this silo's meters: Orleans's (<c>Microsoft.Orleans</c>: activations per
/// grain class, state reads, reminder ticks) and the journaled store's group commit (<c>Gamification.Runtime</c>).
/// Meters made by another host's factory (another silo in the same test process) are ignored. Starts with the
/// silo's lifecycle, before any grain is activated, so activations made while the silo starts are counted.
/// </summary>
internal sealed class SiloMeterListener(SiloMetrics metrics, IMeterFactory meterFactory) : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    public const string OrleansMeter = "Microsoft.Orleans";

    public const string StorageMeter = "Gamification.Runtime";

    private MeterListener? _listener;

    public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(
        nameof(SiloMeterListener),
        ServiceLifecycleStage.First,
        _ =>
        {
            Start();
            return Task.CompletedTask;
        },
        _ =>
        {
            Dispose();
            return Task.CompletedTask;
        });

    public void Start()
    {
        if (_listener is not null)
            return;
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name is OrleansMeter or StorageMeter
                    && (instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, meterFactory))
                    && IsHeard(instrument.Name))
                    listener.EnableMeasurementEvents(instrument);
            },
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Long(instrument.Name, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Long(instrument.Name, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Double(instrument.Name, value));
        _listener.Start();
    }

    public void Dispose()
    {
        _listener?.Dispose();
        _listener = null;
    }

    private static bool IsHeard(string instrument) => instrument is
        "orleans-grains" or "orleans-storage-read-latency" or "orleans-reminders-ticks-delivered"
        or "gamification.runtime.storage.batch.size" or "gamification.runtime.storage.batch.duration" or "gamification.runtime.storage.write.failures";

    private void Long(string instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        switch (instrument)
        {
            case "orleans-grains":
                // Orleans 10 tags the count with the grain type's name (grain_type); older versions with the class (type).
                metrics.ActivationsChanged(Tag(tags, "grain_type") is { Length: > 0 } grainType ? grainType : Tag(tags, "type"), value);
                break;
            case "orleans-reminders-ticks-delivered":
                metrics.Record(s => s.ReminderTicks += value);
                break;
            case "gamification.runtime.storage.batch.size":
                metrics.Record(s =>
                {
                    s.Batches++;
                    s.BatchWrites += value;
                });
                break;
            case "gamification.runtime.storage.write.failures":
                metrics.Record(s => s.WriteFailures += value);
                break;
            default:
                break;
        }
    }

    private void Double(string instrument, double value)
    {
        switch (instrument)
        {
            case "orleans-storage-read-latency":
                // Orleans records milliseconds.
                metrics.Record(s =>
                {
                    s.Reads++;
                    s.ReadLatency.Record(value);
                });
                break;
            case "gamification.runtime.storage.batch.duration":
                // The group commit records seconds.
                metrics.Record(s => s.CommitLatency.Record(value * 1000));
                break;
            default:
                break;
        }
    }

    private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
                return tag.Value?.ToString() ?? "";
        }
        return "";
    }
}
