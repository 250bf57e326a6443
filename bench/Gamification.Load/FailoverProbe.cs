using System.Collections.Concurrent;
using System.Diagnostics;

namespace Gamification.Load;

/// <summary>
/// Users whose grains were active on a silo before it was killed, each awarded again and again until it answers:
/// how long after the kill each of them answered first.
/// </summary>
internal sealed class FailoverProbe(IReadOnlyList<string> users, Func<string, Task<bool>> award)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    public IReadOnlyList<string> Users => users;

    /// <summary>From <paramref name="killed"/> on: the time to each user's first answer, in the order they answered.</summary>
    public async Task<IReadOnlyList<TimeSpan>> AnsweredAsync(Stopwatch killed)
    {
        var answered = new ConcurrentBag<TimeSpan>();
        await Task.WhenAll(users.Select(async user =>
        {
            while (killed.Elapsed < GiveUpAfter)
            {
                if (await award(user))
                {
                    answered.Add(killed.Elapsed);
                    return;
                }
                await Task.Delay(50);
            }
        }));
        return [.. answered.Order()];
    }
}
