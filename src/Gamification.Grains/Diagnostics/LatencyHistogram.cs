namespace Gamification.Grains.Diagnostics;

/// <summary>
/// Durations in log-spaced buckets (10 µs to about 2 min, 12% apart): mergeable, fixed size, percentiles
/// within one bucket's width. Recording is lock-free (every grain call records one), merging is for readers.
/// Crosses silos as <see cref="ToSparse"/>: only the buckets that hold something.
/// </summary>
public sealed class LatencyHistogram
{
    private const double SmallestMs = 0.01;
    private const double Growth = 1.12;
    private const int BucketCount = 144;
    private static readonly double LogGrowth = Math.Log(Growth);

    private readonly long[] _counts = new long[BucketCount];

    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Record(double milliseconds)
    {
        var bucket = milliseconds <= SmallestMs ? 0 : (int)Math.Ceiling(Math.Log(milliseconds / SmallestMs) / LogGrowth);
        Interlocked.Increment(ref _counts[Math.Clamp(bucket, 0, BucketCount - 1)]);
        Interlocked.Increment(ref _count);
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < BucketCount; i++)
            _counts[i] += Interlocked.Read(ref other._counts[i]);
        _count += other.Count;
    }

    /// <summary>The non-empty buckets as pairs: index, count, index, count...</summary>
    public long[] ToSparse()
    {
        var pairs = new List<long>();
        for (var i = 0; i < BucketCount; i++)
        {
            var count = Interlocked.Read(ref _counts[i]);
            if (count > 0)
                pairs.AddRange([i, count]);
        }
        return [.. pairs];
    }

    /// <summary>Adds buckets written by <see cref="ToSparse"/> (on this silo or another).</summary>
    public void AddSparse(IReadOnlyList<long> pairs)
    {
        for (var i = 0; i + 1 < pairs.Count; i += 2)
        {
            var bucket = (int)Math.Clamp(pairs[i], 0, BucketCount - 1);
            _counts[bucket] += pairs[i + 1];
            _count += pairs[i + 1];
        }
    }

    /// <summary>The upper bound of the bucket holding quantile <paramref name="q"/> (0-1), in ms; 0 when empty.</summary>
    public double Percentile(double q)
    {
        if (Count == 0)
            return 0;
        var rank = Math.Max(1, (long)Math.Ceiling(q * Count));
        long seen = 0;
        for (var i = 0; i < BucketCount; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
                return Math.Round(SmallestMs * Math.Pow(Growth, i), 3);
        }
        return Math.Round(SmallestMs * Math.Pow(Growth, BucketCount - 1), 3);
    }
}
