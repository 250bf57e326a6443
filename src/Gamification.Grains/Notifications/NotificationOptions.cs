namespace Gamification.Grains.Notifications;

/// <summary>Webhooks per app and how deliveries are retried (section <c>Notifications</c>).</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary><c>Notifications:Webhooks:&lt;app&gt;:&lt;name&gt;</c>: each app's receivers by name.</summary>
    public Dictionary<string, Dictionary<string, Webhook>> Webhooks { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The wait after the first failed attempt; each further failure doubles it.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts before a delivery is given up (logged as an error, kept in the feed).</summary>
    public int MaxAttempts { get; set; } = 20;

    /// <summary>How often the retry reminder wakes an outbox with undelivered events; at least GrainRuntime:MinimumReminderPeriod.</summary>
    public TimeSpan RetryPollPeriod { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public IReadOnlyDictionary<string, Webhook> For(string app) =>
        Webhooks.TryGetValue(app, out var hooks) ? hooks : new Dictionary<string, Webhook>();

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1, after <paramref name="attempt"/> failures.</summary>
    public TimeSpan RetryDelay(int attempt)
    {
        var delay = FirstRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 30));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
