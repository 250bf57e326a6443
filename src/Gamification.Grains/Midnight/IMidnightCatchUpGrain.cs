namespace Gamification.Grains.Midnight;

/// <summary>The midnight catch-up of one app (key: the app id): one sweep per UTC day, however many silos ask for it.</summary>
[Alias("gamification.midnight-catch-up")]
public interface IMidnightCatchUpGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts the sweep of <paramref name="day"/> unless it ran or is running; answers at once with where it stands,
    /// so that a sweep of many users never holds the caller past its timeout.
    /// </summary>
    [Alias("CatchUp")]
    Task<CatchUpStatus> CatchUp(DateOnly day);
}
