namespace Gamification.Gateway.Tests.Fixtures;

/// <summary>Reads until something another task does has landed (a leaderboard fed off the award's path), failing after a bound.</summary>
internal static class Eventually
{
    /// <summary>Reads until <paramref name="settled"/> holds or the bound is reached, and answers the last read, for the test to assert on.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> settled, int attempts = 200)
    {
        var value = await read();
        for (var i = 1; i < attempts && !settled(value); i++)
        {
            await Task.Delay(25);
            value = await read();
        }
        return value;
    }
}
