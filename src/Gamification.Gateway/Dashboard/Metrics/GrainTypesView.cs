namespace Gamification.Gateway.Dashboard;

/// <summary>Builds <see cref="GrainTypesReply"/>: activations now, calls per second over the last minute, totals and latency over ten minutes.</summary>
internal static class GrainTypesView
{
    private const int RecentSeconds = 60;

    public static GrainTypesReply Of(MetricsWindow window, DateTimeOffset now)
    {
        var activations = window.Activations();
        var methods = window.Read(MetricsWindow.Seconds, (_, seconds) => Methods(seconds));
        var types = methods.Keys.Select(k => k.GrainType).Concat(activations.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new GrainTypesReply(now, MetricsWindow.Seconds, [.. types.Select(type =>
        {
            var ofType = methods.Where(m => m.Key.GrainType == type).OrderBy(m => m.Key.Method, StringComparer.Ordinal).Select(m => m.Value).ToList();
            return new GrainTypeReply(
                type, activations.GetValueOrDefault(type), Math.Round(ofType.Sum(m => m.CallsPerSecond), 2), ofType.Sum(m => m.Calls), ofType.Sum(m => m.Errors), ofType);
        })]);
    }

    private static Dictionary<MethodKey, MethodReply> Methods(IReadOnlyList<MetricsSecond> seconds)
    {
        var totals = new Dictionary<MethodKey, (MethodSecond All, long Recent)>();
        for (var i = 0; i < seconds.Count; i++)
        {
            foreach (var (key, method) in seconds[i].Methods)
            {
                if (!totals.TryGetValue(key, out var total))
                    totals[key] = total = (new MethodSecond(), 0);
                total.All.Calls += method.Calls;
                total.All.Errors += method.Errors;
                total.All.Latency.Add(method.Latency);
                if (i >= seconds.Count - RecentSeconds)
                    totals[key] = total with { Recent = total.Recent + method.Calls };
            }
        }
        return totals.ToDictionary(t => t.Key, t => new MethodReply(
            t.Key.Method, t.Value.All.Calls, ClusterView.Rate(t.Value.Recent, RecentSeconds), t.Value.All.Errors,
            t.Value.All.Latency.Percentile(0.5), t.Value.All.Latency.Percentile(0.99)));
    }
}
