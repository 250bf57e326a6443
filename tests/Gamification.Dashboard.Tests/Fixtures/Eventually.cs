namespace Gamification.Dashboard.Tests;

/// <summary>Waits for something another task does (a reminder firing), checking often, failing after a bound.</summary>
internal static class Eventually
{
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
}
