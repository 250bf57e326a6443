using System.Diagnostics.Metrics;

namespace Gamification.Load;

/// <summary>Listens to the runtime's group-commit histograms to report batch size and commit time of a run.</summary>
internal sealed class BatchObserver : IDisposable
{
    private readonly MeterListener listener = new();
    private long batches, writes;
    private double commitSeconds;

    public BatchObserver()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Gamification.Runtime" && instrument.Name.StartsWith("gamification.runtime.storage.batch.", StringComparison.Ordinal))
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument.Name, value));
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Record(instrument.Name, value));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Record(instrument.Name, value));
        listener.Start();
    }

    public string Summary => batches == 0 ? "no batches" :
        $"{batches:N0} batches, {(double)writes / batches:F1} writes per batch, {commitSeconds / batches * 1000:F2} ms per commit";

    public void Dispose() => listener.Dispose();

    private void Record(string name, double value)
    {
        if (name.EndsWith(".size", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref batches);
            Interlocked.Add(ref writes, (long)value);
        }
        else
        {
            lock (listener)
                commitSeconds += value;
        }
    }
}
