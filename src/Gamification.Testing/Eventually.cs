namespace Gamification.Testing;

/// <summary>Waits for something another task does (a reminder firing), checking often, failing after a bound.</summary>
public static class Eventually
{
    /// <summary>Checks <paramref name="condition"/> until it holds or the bound is reached; false when it never held.</summary>
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, Action? between = null, int attempts = 200)
    {
        for (var i = 0; i < attempts; i++)
        {
            if (await condition())
                return true;
            between?.Invoke();
            await Task.Delay(25);
        }
        return false;
    }

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
