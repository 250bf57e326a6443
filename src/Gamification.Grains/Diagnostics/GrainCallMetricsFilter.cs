using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace Gamification.Grains.Diagnostics;

/// <summary>
/// Counts and times every application grain call this silo serves, per grain type and method, into
/// <see cref="SiloMetrics"/>. Orleans's own grains (management, dashboard, reminders) and the diagnostics
/// grains (what the dashboards themselves call) are left out, so the figures are the application's.
/// Durations are wall time (a stopwatch); the second they land in is the silo clock's.
/// </summary>
internal sealed class GrainCallMetricsFilter(SiloMetrics metrics) : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<Type, bool> CountedTypes = new();
    private static readonly ConcurrentDictionary<MethodInfo, string> MethodNames = new();

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (!IsCounted(context.Grain.GetType()))
        {
            await context.Invoke();
            return;
        }
        var started = Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            await context.Invoke();
            failed = context.Response?.Exception is not null;
        }
        finally
        {
            metrics.Current().AddCall(new MethodKey(context.TargetId.Type.ToString()!, MethodName(context.InterfaceMethod)), Stopwatch.GetElapsedTime(started).TotalMilliseconds, failed);
        }
    }

    private static bool IsCounted(Type grainClass) => CountedTypes.GetOrAdd(grainClass, static type =>
        type.Namespace is not { } space || !(space.StartsWith("Orleans", StringComparison.Ordinal) || space == typeof(GrainCallMetricsFilter).Namespace));

    private static string MethodName(MethodInfo method) => MethodNames.GetOrAdd(method, static m => $"{m.DeclaringType?.Name}.{m.Name}");
}
