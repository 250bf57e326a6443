using Gamification.Gateway.Dashboard;
using Gamification.Testing;

namespace Gamification.Dashboard.Tests.Metrics;

/// <summary>The per-second window behind the charts: percentiles within one bucket, seconds kept apart, ten minutes kept.</summary>
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
    public void Each_second_keeps_its_own_calls_and_a_second_older_than_ten_minutes_is_gone()
    {
        var clock = new FakeTimeProvider(TestSilo.Morning);
        var window = new MetricsWindow(clock);
        window.Record(s => s.Calls += 3);
        clock.Advance(TimeSpan.FromSeconds(1));
        window.Record(s => s.Calls += 5);

        var lastTwo = window.Read(2, (_, seconds) => seconds.Select(s => s.Calls).ToArray());
        clock.Advance(TimeSpan.FromSeconds(MetricsWindow.Seconds - 1));
        var afterTenMinutes = window.Read(MetricsWindow.Seconds, (_, seconds) => seconds.Sum(s => s.Calls));
        window.Record(s => s.Calls += 7);
        var reused = window.Read(MetricsWindow.Seconds, (_, seconds) => seconds.Sum(s => s.Calls));

        Assert.Equal([3L, 5L], lastTwo);
        Assert.Equal(5, afterTenMinutes);
        Assert.Equal(12, reused);
    }

    [Fact]
    public void Activation_counts_follow_the_up_down_counter_per_grain_type_and_never_go_below_zero()
    {
        var window = new MetricsWindow(new FakeTimeProvider(TestSilo.Morning));

        window.ActivationsChanged("user-progress", 2);
        window.ActivationsChanged("user-progress", -1);
        window.ActivationsChanged("module", -1);

        Assert.Equal(1, window.Activations()["user-progress"]);
        Assert.Equal(0, window.Activations()["module"]);
    }
}
