namespace Gamification.Cluster.Process.Tests;

/// <summary>Waits that fail with what was awaited rather than hang: on a loaded 2-core machine a stuck cluster must end the test.</summary>
internal static class Bounded
{
    public static async Task WithinAsync(this Task task, TimeSpan within, string what)
    {
        try
        {
            await task.WaitAsync(within);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{what} did not happen within {within}");
        }
    }

    public static async Task<T> WithinAsync<T>(this Task<T> task, TimeSpan within, string what)
    {
        try
        {
            return await task.WaitAsync(within);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{what} did not happen within {within}");
        }
    }
}
