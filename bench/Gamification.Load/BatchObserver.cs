using System.Diagnostics.Metrics;

namespace Gamification.Load;

/// <summary>
/// Listens to the journaled store's group-commit histograms (<c>src/Gamification.Storage</c>; it kept the home-made
/// runtime's meter and instrument names) to report batch size and commit time of a run.
/// </summary>
internal sealed class BatchObserver : IDisposable
{
    private const string Meter = "Gamification.Runtime";
    private const string Prefix = "gamification.runtime.storage.batch.";
    private readonly MeterListener listener = new();
    private long batches, writes;
    private double commitSeconds;

    public BatchObserver()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == Meter && instrument.Name.StartsWith(Prefix, StringComparison.Ordinal))
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument.Name, value));
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Record(instrument.Name, value));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Record(instrument.Name, value));
        listener.Start();
    }

    public string Summary => batches == 0 ? $"no batches seen (no '{Prefix}*' measurements on meter '{Meter}')" :
        $"{batches:N0} batches, {(double)writes / batches:F1} writes per batch, {commitSeconds / batches * 1000:F2} ms per commit";

    public void Dispose() => listener.Dispose();

    private void Record(string name, double value)
    {
        if (name.EndsWith(".size", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref batches);
            Interlocked.Add(ref writes, (long)value);
        }
        else if (name.EndsWith(".duration", StringComparison.Ordinal))
        {
            lock (listener)
                commitSeconds += value;
        }
    }
}
