namespace Gamification.Load;

/// <summary>
/// One award to every user before a steady-state run (<c>grains-steady</c>), so that the run measures
/// active users, as the plain-SQL designs measure a table whose rows all exist before they start.
/// </summary>
internal static class UserWarmup
{
    public static async Task RunAsync(int callers, int users, Func<string, Task> award)
    {
        var next = -1;
        var workers = Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            int user;
            while ((user = Interlocked.Increment(ref next)) < users)
            {
                await award($"u{user}");
                if ((user + 1) % 2_000 == 0)
                    Console.WriteLine($"  activated {user + 1:N0}/{users:N0} users before the run");
            }
        }));
        await Task.WhenAll(workers);
    }
}
