using Gamification.Client;
using Gamification.Contracts.Diagnostics;
using Orleans.Runtime;

namespace Gamification.Gateway.Dashboard;

/// <summary>The cluster's diagnostics (<see cref="IClusterDiagnostics"/>) as the dashboard's JSON.</summary>
internal static class DashboardViews
{
    /// <summary>Orleans writes membership heartbeats on real time, whatever clock the grains are given.</summary>
    private static readonly TimeProvider MembershipClock = TimeProvider.System;

    public static ClusterReply Cluster(IReadOnlyList<SiloOverview> silos, CallMetrics calls, SiloAddress? local)
    {
        var now = MembershipClock.GetUtcNow();
        return new ClusterReply(
            [.. silos.Select(s => new SiloReply(
                s.Address.ToString(), s.Name, s.HostName, s.Status.ToString(), s.StartedAt,
                Math.Round(Math.Max(0, (now - s.LastHeartbeat).TotalSeconds), 1),
                s.Activations ?? 0, s.CpuPercent, s.MemoryBytes, s.AvailableMemoryBytes, s.Clients, s.Overloaded,
                local is not null && s.Address.Equals(local)))],
            new CallRates(calls.Now.PerSecond, calls.Now.P50Ms, calls.Now.P99Ms, calls.Now.ErrorsPerSecond),
            [.. calls.Series.Select(p => new CallPoint(p.At, p.CallsPerSecond, p.P50Ms, p.P99Ms, p.ErrorsPerSecond))],
            calls.Silos);
    }

    public static GrainTypesReply GrainTypes(GrainTypeMetrics metrics) => new(
        metrics.At, metrics.WindowSeconds,
        [.. metrics.Types.Select(t => new GrainTypeReply(
            t.GrainType, t.Activations, t.CallsPerSecond, t.Calls, t.Errors,
            [.. t.Methods.Select(m => new MethodReply(m.Method, m.Calls, m.CallsPerSecond, m.Errors, m.P50Ms, m.P99Ms))]))]);

    public static StorageReply Storage(StorageMetrics metrics) => new(
        metrics.BatchesPerSecond, metrics.WritesPerSecond, metrics.MeanBatchSize, metrics.CommitP50Ms, metrics.CommitP99Ms, metrics.WriteFailures,
        metrics.ReadsPerSecond, metrics.ReadP99Ms, metrics.ReminderTicksPerSecond,
        [.. metrics.Series.Select(p => new StoragePoint(p.At, p.Batches, p.MeanBatchSize, p.CommitP99Ms))]);

    public static RemindersReply Reminders(ReminderOverview overview) => new(
        overview.At, overview.Total, overview.DueNextHour, overview.DueLastHour, overview.Complete, overview.ScanLimit,
        [.. overview.NextHour.Select(Reminder)], [.. overview.LastHour.Select(Reminder)]);

    private static ReminderReply Reminder(ReminderView r) => new(r.GrainType, r.GrainKey, r.Name, r.NextDueAt, r.LastDueAt, r.StartAt, r.PeriodSeconds);
}
