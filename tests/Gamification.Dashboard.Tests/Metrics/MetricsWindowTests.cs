using Gamification.Grains.Diagnostics;
using Gamification.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Gamification.Dashboard.Tests.Metrics;

/// <summary>A silo's per-second window behind the charts: percentiles within one bucket, seconds kept apart, ten minutes kept, snapshots that merge exactly.</summary>
public sealed class MetricsWindowTests
{
    [Fact]
    public void Percentiles_land_within_one_bucket_of_the_true_value_and_merge_by_adding()
    {
        var whole = new LatencyHistogram();
        var (low, high) = (new LatencyHistogram(), new LatencyHistogram());
        for (var ms = 1; ms <= 1000; ms++)
        {
            whole.Record(ms);
            (ms <= 500 ? low : high).Record(ms);
        }
        low.Add(high);

        Assert.InRange(whole.Percentile(0.5), 500, 500 * 1.12);
        Assert.InRange(whole.Percentile(0.99), 990, 990 * 1.12);
        Assert.Equal(whole.Percentile(0.5), low.Percentile(0.5));
        Assert.Equal(whole.Percentile(0.99), low.Percentile(0.99));
        Assert.Equal(1000, low.Count);
        Assert.Equal(0, new LatencyHistogram().Percentile(0.99));
    }

    [Fact]
    public void A_histogram_sent_sparse_to_another_silo_merges_as_if_recorded_there()
    {
        var (first, second, both) = (new LatencyHistogram(), new LatencyHistogram(), new LatencyHistogram());
        foreach (var ms in new[] { 0.5, 2, 2, 40 })
        {
            first.Record(ms);
            both.Record(ms);
        }
        foreach (var ms in new[] { 3, 900.0 })
        {
            second.Record(ms);
            both.Record(ms);
        }

        var merged = new LatencyHistogram();
        merged.AddSparse(first.ToSparse());
        merged.AddSparse(second.ToSparse());

        Assert.Equal(both.Count, merged.Count);
        Assert.Equal(both.Percentile(0.5), merged.Percentile(0.5));
        Assert.Equal(both.Percentile(0.99), merged.Percentile(0.99));
        Assert.Equal(6, first.ToSparse().Length); // three non-empty buckets, as index/count pairs
    }

    [Fact]
    public void Each_second_keeps_its_own_calls_and_a_second_older_than_ten_minutes_is_gone()
    {
        var clock = new FakeTimeProvider(TestSilo.Morning);
        var window = new SiloMetrics(clock);
        window.Record(s => s.Calls += 3);
        clock.Advance(TimeSpan.FromSeconds(1));
        window.Record(s => s.Calls += 5);

        var lastTwo = window.Read(2, (_, seconds) => seconds.Select(s => s.Calls).ToArray());
        clock.Advance(TimeSpan.FromSeconds(SiloMetrics.Seconds - 1));
        var afterTenMinutes = window.Read(SiloMetrics.Seconds, (_, seconds) => seconds.Sum(s => s.Calls));
        window.Record(s => s.Calls += 7);
        var reused = window.Read(SiloMetrics.Seconds, (_, seconds) => seconds.Sum(s => s.Calls));

        Assert.Equal([3L, 5L], lastTwo);
        Assert.Equal(5, afterTenMinutes);
        Assert.Equal(12, reused);
    }

    [Fact]
    public void A_snapshot_carries_the_seconds_that_saw_calls_and_per_method_totals_with_the_last_minute_apart()
    {
        var clock = new FakeTimeProvider(TestSilo.Morning);
        var window = new SiloMetrics(clock);
        var award = new MethodKey("user-progress", "IUserProgressGrain.Award");
        window.Current().AddCall(award, 2, failed: false);
        clock.Advance(TimeSpan.FromMinutes(2));
        window.Current().AddCall(award, 4, failed: true);
        window.Current().AddCall(new MethodKey("module", "IModuleGrain.RecordMessage"), 1, failed: false);

        var snapshot = window.Snapshot("silo-1", withMethods: true);
        var lean = window.Snapshot("silo-1", withMethods: false);

        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds(), snapshot.NowSecond);
        Assert.Equal([1L, 2L], snapshot.Seconds.Select(s => s.Calls));
        Assert.Equal(1, snapshot.Seconds[^1].Errors);
        var awards = Assert.Single(snapshot.Methods, m => m.Method == award.Method);
        Assert.Equal((2L, 1L, 1L), (awards.Calls, awards.RecentCalls, awards.Errors));
        Assert.Empty(lean.Methods);
        Assert.Equal(snapshot.Seconds.Count, lean.Seconds.Count);
    }

    [Fact]
    public void Activation_counts_follow_the_up_down_counter_per_grain_type_and_never_go_below_zero()
    {
        var window = new SiloMetrics(new FakeTimeProvider(TestSilo.Morning));

        window.ActivationsChanged("user-progress", 2);
        window.ActivationsChanged("user-progress", -1);
        window.ActivationsChanged("module", -1);

        Assert.Equal(1, window.Activations()["user-progress"]);
        Assert.False(window.Activations().ContainsKey("module"));
    }
}
