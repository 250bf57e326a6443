using System.Diagnostics;

namespace Gamification.Faults;

/// <summary>
/// Reads every load user's profile again and again after a fault until each has answered 200 once: the time to the
/// last is how long the slowest user of a crashed silo waited.
/// </summary>
public static class AnsweringProbe
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Returns the time from <paramref name="since"/>'s start to the last of <paramref name="users"/> answering, and
    /// the users that never answered within two minutes.
    /// </summary>
    public static async Task<(TimeSpan Last, IReadOnlyList<string> Silent)> LastAnsweringAsync(FaultStage stage, IEnumerable<(string App, string User)> users, Stopwatch since)
    {
        using var gate = new SemaphoreSlim(48);
        var answered = await Task.WhenAll(users.Select(async u =>
        {
            while (since.Elapsed < GiveUpAfter)
            {
                await gate.WaitAsync();
                try
                {
                    using var response = await stage.Gateways[u.App].GetAsync($"/api/users/{Uri.EscapeDataString(u.User)}/progress");
                    if (response.IsSuccessStatusCode)
                        return (u, Answered: (TimeSpan?)since.Elapsed);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // No answer yet: the user's silo is gone and the cluster has not noticed.
                }
                finally
                {
                    gate.Release();
                }
                await Task.Delay(Every);
            }
            return (u, Answered: null);
        }));
        return (answered.Max(a => a.Answered) ?? GiveUpAfter, [.. answered.Where(a => a.Answered is null).Select(a => $"{a.u.App}/{a.u.User}")]);
    }
}
