namespace Gamification.Gateway.Dashboard;

/// <summary>Where each of the runtime's instruments (docs/metrics.md) lands in the window.</summary>
internal static class RuntimeMeasurements
{
    public static void Long(MetricsWindow window, string instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        switch (instrument)
        {
            case "gamification.runtime.activations":
                window.ActivationsChanged(Tag(tags, "grain.type"), value);
                break;
            case "gamification.runtime.calls":
                window.Current().AddCalls(Method(tags), value);
                break;
            case "gamification.runtime.call.errors":
                window.Current().AddErrors(Method(tags), value);
                break;
            case "gamification.runtime.storage.batch.size":
                window.Record(s =>
                {
                    s.Batches++;
                    s.BatchWrites += value;
                });
                break;
            case "gamification.runtime.storage.write.failures":
                window.Record(s => s.WriteFailures += value);
                break;
            case "gamification.runtime.reminder.ticks":
                window.Record(s => s.ReminderTicks += value);
                break;
            default:
                break;
        }
    }

    public static void Double(MetricsWindow window, string instrument, double seconds, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var milliseconds = seconds * 1000;
        switch (instrument)
        {
            case "gamification.runtime.call.duration":
                window.Current().RecordLatency(Method(tags), milliseconds);
                break;
            case "gamification.runtime.storage.batch.duration":
                window.Record(s => s.CommitLatency.Record(milliseconds));
                break;
            default:
                break;
        }
    }

    private static MethodKey Method(ReadOnlySpan<KeyValuePair<string, object?>> tags) => new(Tag(tags, "grain.type"), Tag(tags, "grain.method"));

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
