using System.Diagnostics.Metrics;

namespace Gamification.Gateway.Dashboard;

/// <summary>
/// Listens to the runtime's meter (<c>Gamification.Runtime</c>) of this process's host and feeds
/// <see cref="MetricsWindow"/>. Meters made by another host's factory (another silo in the same test
/// process) are ignored.
/// </summary>
internal sealed class RuntimeMetricsListener(MetricsWindow window, IMeterFactory meterFactory) : IHostedService, IDisposable
{
    public const string MeterName = "Gamification.Runtime";

    private MeterListener? _listener;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == MeterName && (instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, meterFactory)))
                    listener.EnableMeasurementEvents(instrument);
            },
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => RuntimeMeasurements.Long(window, instrument.Name, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => RuntimeMeasurements.Long(window, instrument.Name, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => RuntimeMeasurements.Double(window, instrument.Name, value, tags));
        _listener.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _listener?.Dispose();
        _listener = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _listener?.Dispose();
}
