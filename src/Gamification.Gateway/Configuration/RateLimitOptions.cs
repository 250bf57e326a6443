namespace Gamification.Gateway.Configuration;

/// <summary>Requests per minute per credential (a service key, or one user's token).</summary>
public sealed class RateLimitOptions
{
    /// <summary>A service key speaks for a whole app, so its default is high (10 000 a second).</summary>
    public int KeyRequestsPerMinute { get; set; } = 600_000;

    public int UserRequestsPerMinute { get; set; } = 600;
}
