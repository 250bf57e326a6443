namespace Gamification.Client;

/// <summary>How the client calls the cluster.</summary>
public sealed class GamificationClientOptions
{
    /// <summary>How long one call may take before it fails with <see cref="TimeoutException"/>.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts of a call that failed for a transient reason (storage away, an activation dropped).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before the first retry; doubled for each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(50);
}
